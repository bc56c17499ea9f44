package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Alertmanager's webhook body (version 4); only the fields the platform uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertPayload(String version, String status, String receiver, List<Alert> alerts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alert(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
                 Instant endsAt, String fingerprint) {

        String label(String name) {
            return labels == null ? null : blankToNull(labels.get(name));
        }

        String annotation(String name) {
            return annotations == null ? null : blankToNull(annotations.get(name));
        }

        boolean firing() {
            return !"resolved".equalsIgnoreCase(status);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
