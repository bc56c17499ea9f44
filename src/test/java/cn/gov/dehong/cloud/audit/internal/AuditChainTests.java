package cn.gov.dehong.cloud.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTests {

    private final AuditChain.Entry entry = new AuditChain.Entry(7, Instant.parse("2026-11-02T01:00:00Z"), "dec.acceptor",
            12L, "application.acceptance", "Application", "3", "ACCEPTANCE", "REVIEW", "10.0.0.8");

    @Test
    void theLinkIsAnSm3HashOfThePreviousHashAndTheRecord() {
        String hash = AuditChain.link(AuditChain.GENESIS, entry);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(AuditChain.link(AuditChain.GENESIS, entry));
        // SM3 of "abc" (GB/T 32905-2016, example 1)
        org.bouncycastle.crypto.digests.SM3Digest digest = new org.bouncycastle.crypto.digests.SM3Digest();
        digest.update("abc".getBytes(), 0, 3);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        assertThat(java.util.HexFormat.of().formatHex(out))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void anyChangedFieldOrPreviousHashChangesTheLink() {
        String hash = AuditChain.link(AuditChain.GENESIS, entry);
        assertThat(AuditChain.link(AuditChain.GENESIS, new AuditChain.Entry(7, entry.occurredAt(), "dec.acceptor", 12L,
                "application.acceptance", "Application", "3", "ACCEPTANCE", "REFUSED", "10.0.0.8"))).isNotEqualTo(hash);
        assertThat(AuditChain.link("1".repeat(64), entry)).isNotEqualTo(hash);
    }

    @Test
    void theCanonicalFormIsUnambiguous() {
        var a = new AuditChain.Entry(1, null, "ab", null, "c", "t", null, null, null, null);
        var b = new AuditChain.Entry(1, null, "a", null, "bc", "t", null, null, null, null);
        var empty = new AuditChain.Entry(1, null, "", null, "c", "t", null, null, null, null);
        var missing = new AuditChain.Entry(1, null, null, null, "c", "t", null, null, null, null);
        assertThat(AuditChain.canonical(a)).isNotEqualTo(AuditChain.canonical(b));
        assertThat(AuditChain.canonical(empty)).isNotEqualTo(AuditChain.canonical(missing));
    }
}
