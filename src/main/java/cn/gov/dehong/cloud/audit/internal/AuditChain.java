package cn.gov.dehong.cloud.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The tamper-evident chain of the audit log (GB/T 22239-2019 level 3, 安全审计: 审计记录应受到保护): each sealed
 * record carries {@code SM3(previous hash ‖ canonical record)} (SM3: GB/T 32905-2016). Changing or deleting a
 * sealed record breaks every hash after it. Plain Java, no Spring.
 */
final class AuditChain {

    /** The "previous hash" of the first record ever sealed. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    record Entry(long id, Instant occurredAt, String actor, Long actorUnitId, String action, String objectType,
                 String objectId, String before, String after, String ipAddress) {
    }

    static String link(String previousHash, Entry entry) {
        SM3Digest digest = new SM3Digest();
        byte[] input = (previousHash + canonical(entry)).getBytes(StandardCharsets.UTF_8);
        digest.update(input, 0, input.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    /** Every field length-prefixed, so that no two different records share a canonical form. */
    static String canonical(Entry e) {
        StringBuilder out = new StringBuilder();
        for (Object field : new Object[] {e.id(), e.occurredAt() == null ? null : e.occurredAt().toEpochMilli(),
                e.actor(), e.actorUnitId(), e.action(), e.objectType(), e.objectId(), e.before(), e.after(),
                e.ipAddress()}) {
            String value = field == null ? "" : field.toString();
            out.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        return out.toString();
    }
}
