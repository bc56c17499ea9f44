package cn.gov.dehong.cloud.operations.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Reads range vectors from the Prometheus HTTP API ({@code /api/v1/query_range}). */
@Component
class PrometheusClient {

    private final ObjectMapper json;
    private final HttpClient http;

    PrometheusClient(ObjectMapper json) {
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The samples of every series, pooled by the value of {@code label}; series without it are left out. */
    Map<String, List<Double>> queryRange(String baseUrl, String query, Instant start, Instant end, Duration step,
                                         String label, Duration timeout) {
        String url = baseUrl.replaceAll("/+$", "") + "/api/v1/query_range?query=" + encode(query)
                + "&start=" + start.getEpochSecond() + "&end=" + end.getEpochSecond() + "&step=" + step.toSeconds() + "s";
        JsonNode body;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            body = json.readTree(response.body());
            if (response.statusCode() != 200 || !"success".equals(body.path("status").asString())) {
                throw new PrometheusException("Prometheus answered " + response.statusCode() + ": "
                        + body.path("error").asText(response.body()));
            }
        } catch (IOException e) {
            throw new PrometheusException("Prometheus query failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrometheusException("Interrupted", e);
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (JsonNode series : body.path("data").path("result")) {
            String key = series.path("metric").path(label).asText("");
            if (key.isBlank()) {
                continue;
            }
            List<Double> values = samples.computeIfAbsent(key, k -> new ArrayList<>());
            for (JsonNode point : series.path("values")) {
                values.add(parse(point.path(1).asString()));
            }
        }
        return samples;
    }

    private static Double parse(String value) {
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static class PrometheusException extends RuntimeException {

        PrometheusException(String message) {
            super(message);
        }

        PrometheusException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
