package cn.gov.dehong.cloud.operations.internal;

/**
 * The utilisation series the vendor exports per service instance, each a ratio 0..1 with the label {@code instance_id}
 * = the platform's service instance code (documented in docs/ops/README.md).
 */
enum UtilisationMetric {

    CPU("dehong_instance_cpu_utilisation"),
    MEMORY("dehong_instance_memory_utilisation"),
    DISK("dehong_instance_disk_utilisation");

    private final String seriesName;

    UtilisationMetric(String seriesName) {
        this.seriesName = seriesName;
    }

    String seriesName() {
        return seriesName;
    }

    /** Only series that carry the label: the rest cannot be attributed to an instance. */
    String query() {
        return seriesName + "{instance_id!=\"\"}";
    }
}
