package cn.gov.dehong.cloud.supervision;

/** A unit accepted the DEC's recommendation and opened the change or termination request {@code requestId}. */
public record RecommendationAccepted(Long recommendationId, Long instanceId, Long unitId, String kind,
                                     Long requestId, String requestCode) {
}
