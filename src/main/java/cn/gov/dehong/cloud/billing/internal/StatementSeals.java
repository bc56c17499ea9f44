package cn.gov.dehong.cloud.billing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import cn.gov.dehong.cloud.shared.DevelopmentKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integrity MAC of a closed period's statements: HMAC-SM3 (GB/T 32905 in HMAC, BouncyCastle; or HMAC-SHA256 with
 * {@code dehong.billing.statement-mac.algorithm=HMAC-SHA256}) over the canonical text of every charge line of the
 * period, in id order, one line per charge line:
 * {@code id|instance_id|component|kind|adjusts_period|unit_id|bearer|bearer_unit_id|share_percent|quantity|monthly_fee|billed_days|amount}
 * with numbers in plain notation at their stored scale. Every statement (payer, unit, county, product, vendor) is a
 * grouping of those lines, so one MAC per period covers them all. The key is {@code dehong.billing.statement-mac.key}
 * (Base64, at least 32 bytes; environment {@code DEHONG_STATEMENT_MAC_KEY}, required by the {@code prod} profile);
 * without it a development key is generated into {@code ${dehong.data-dir}/statement-mac.key}.
 */
@Service
public class StatementSeals {

    private static final Logger log = LoggerFactory.getLogger(StatementSeals.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String CANONICAL = "SELECT id, instance_id, component, kind, adjusts_period, unit_id, bearer,"
            + " bearer_unit_id, share_percent, quantity, monthly_fee, billed_days, amount FROM bil_charge_line"
            + " WHERE period = ? ORDER BY id";

    /** What a reader is told about a period's statements. */
    public record Check(String period, boolean sealed, boolean intact, String algorithm, Instant sealedAt,
                        int lineCount, BigDecimal total) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String algorithm;
    private final byte[] key;

    StatementSeals(JdbcTemplate jdbc, Clock clock,
                   @Value("${dehong.billing.statement-mac.algorithm:HMAC-SM3}") String algorithm,
                   @Value("${dehong.billing.statement-mac.key:}") String configuredKey,
                   @Value("${dehong.data-dir:./data}") String dataDir) {
        this.jdbc = jdbc;
        this.clock = clock;
        if (!algorithm.equals("HMAC-SM3") && !algorithm.equals("HMAC-SHA256")) {
            throw new IllegalStateException("dehong.billing.statement-mac.algorithm: HMAC-SM3 or HMAC-SHA256");
        }
        this.algorithm = algorithm;
        this.key = configuredKey.isBlank() ? DevelopmentKeys.loadOrCreate(Path.of(dataDir, "statement-mac.key"),
                32, "dehong.billing.statement-mac.key")
                : Base64.getDecoder().decode(configuredKey.trim());
        if (key.length < 32) {
            throw new IllegalStateException("dehong.billing.statement-mac.key must be the Base64 of at least 32 bytes");
        }
    }

    /** Seals the period being closed; joins the closing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void seal(String period) {
        Content content = content(period, algorithm);
        jdbc.update("INSERT INTO bil_period_seal (period, algorithm, mac, line_count, total, sealed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", period, algorithm, content.mac(), content.lines(), content.total(),
                Timestamp.from(clock.instant()));
    }

    /** Recomputes the MAC of the period's lines and compares it with the one stored at closing. */
    @Transactional(readOnly = true)
    public Check check(String period) {
        List<Check> stored = jdbc.query("SELECT algorithm, mac, line_count, total, sealed_at FROM bil_period_seal"
                + " WHERE period = ?", (rs, i) -> {
            String storedAlgorithm = rs.getString(1);
            Content now = content(period, storedAlgorithm);
            boolean intact = MessageDigest.isEqual(rs.getString(2).getBytes(StandardCharsets.US_ASCII),
                    now.mac().getBytes(StandardCharsets.US_ASCII));
            return new Check(period, true, intact, storedAlgorithm, rs.getTimestamp(5).toInstant(), rs.getInt(3),
                    rs.getBigDecimal(4));
        }, period);
        return stored.isEmpty() ? new Check(period, false, false, null, null, 0, null) : stored.get(0);
    }

    private record Content(String mac, int lines, BigDecimal total) {
    }

    private Content content(String period, String macAlgorithm) {
        Mac mac = new HMac(macAlgorithm.equals("HMAC-SHA256") ? new SHA256Digest() : new SM3Digest());
        mac.init(new KeyParameter(key));
        int[] lines = {0};
        BigDecimal[] total = {BigDecimal.ZERO.setScale(2)};
        jdbc.query(CANONICAL, rs -> {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= 13; column++) {
                Object value = rs.getObject(column);
                line.append(column == 1 ? "" : "|").append(value instanceof BigDecimal decimal
                        ? decimal.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                        : value == null ? "" : value.toString());
            }
            line.append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            mac.update(bytes, 0, bytes.length);
            lines[0]++;
            total[0] = total[0].add(rs.getBigDecimal(13));
        }, period);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return new Content(HexFormat.of().formatHex(out), lines[0], total[0]);
    }
}
