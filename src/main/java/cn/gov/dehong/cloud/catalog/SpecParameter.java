package cn.gov.dehong.cloud.catalog;

/** The sizing parameters a product may take; each may carry its own unit price in a price-list version. */
public enum SpecParameter {
    VCPU,
    MEMORY_GB,
    DISK_GB,
    BANDWIDTH_MBPS
}
