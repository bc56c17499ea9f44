package cn.gov.dehong.cloud.operations.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Art. 17 log retention, the one place that removes audit entries. Daily (03:30 Asia/Shanghai, {@code
 * dehong.audit.archive-cron}, under a ShedLock lock) it moves the entries older than {@code
 * dehong.audit.retention-days} (default 400, never below 365) into gzip'd JSON-lines files under {@code
 * ${dehong.data-dir}/archive/audit/}, one file per batch: the file is written, flushed to disk and atomically
 * renamed first, then exactly the rows of that batch (id range and still older than the cutoff) are deleted, together
 * with an audit entry naming the file and its SHA-256. A crash between the two leaves the rows in the table; the next
 * run archives them again into a new file (a duplicate, never a loss). Nothing younger than the cutoff is read or
 * deleted. When the log becomes append-only and hash-chained (issue 6), this class is the one place that must
 * also keep the chain verifiable across the cut (e.g. record the hash of the last archived entry as the new anchor).
 */
@Component
class AuditArchive {

    private static final Logger log = LoggerFactory.getLogger(AuditArchive.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final AuditRetentionSettings settings;
    private final Path directory;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditArchive(AuditLog audit, AuditRetentionSettings settings, @Value("${dehong.data-dir}") String dataDir,
                 ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.audit = audit;
        this.settings = settings;
        this.directory = Path.of(dataDir, "archive", "audit");
        this.json = json.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    record ArchiveFile(String name, long size) {
    }

    record ArchiveResult(Instant cutoff, int retentionDays, long archived, List<ArchiveFile> files) {
    }

    @Scheduled(cron = "${dehong.audit.archive-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "auditArchive", lockAtMostFor = "PT2H")
    void scheduled() {
        ArchiveResult result = archive();
        if (result.archived() > 0) {
            log.info("Archived {} audit entries older than {} into {}", result.archived(), result.cutoff(),
                    result.files());
        }
    }

    ArchiveResult archive() {
        Instant cutoff = RetentionRules.cutoff(clock.instant(), settings.retentionDays());
        long afterId = 0;
        long archived = 0;
        List<ArchiveFile> written = new ArrayList<>();
        while (true) {
            List<AuditEntry> batch = audit.entriesOlderThan(cutoff, afterId, settings.archiveBatchSize());
            if (batch.isEmpty()) {
                break;
            }
            long first = batch.get(0).id();
            long last = batch.get(batch.size() - 1).id();
            String name = "audit-%012d-%012d-%s.jsonl.gz".formatted(first, last, STAMP.format(clock.instant()));
            Written file = write(name, batch);
            Integer deleted = transaction.execute(status -> {
                int count = audit.deleteArchived(first, last, cutoff);
                audit.record("audit.archive", "AuditArchive", name, null, "rows=%d, deleted=%d, ids=%d..%d, cutoff=%s, sha256=%s"
                        .formatted(batch.size(), count, first, last, cutoff, file.sha256()));
                return count;
            });
            archived += deleted == null ? 0 : deleted;
            written.add(new ArchiveFile(name, file.size()));
            afterId = last;
        }
        return new ArchiveResult(cutoff, settings.retentionDays(), archived, written);
    }

    /** The archive files, newest name last. */
    List<ArchiveFile> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted()
                    .map(p -> new ArchiveFile(p.getFileName().toString(), size(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }

    int retentionDays() {
        return settings.retentionDays();
    }

    private record Written(long size, String sha256) {
    }

    private Written write(String name, List<AuditEntry> batch) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(name + ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = Files.newOutputStream(temporary);
                 DigestOutputStream hashed = new DigestOutputStream(file, digest);
                 GZIPOutputStream gzip = new GZIPOutputStream(hashed)) {
                for (AuditEntry entry : batch) {
                    gzip.write(json.writeValueAsBytes(entry));
                    gzip.write('\n');
                }
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path target = directory.resolve(name);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new Written(Files.size(target), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit archive " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
