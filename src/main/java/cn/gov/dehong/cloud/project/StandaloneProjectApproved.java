package cn.gov.dehong.cloud.project;

/** Published when the prefecture government approves a standalone project (Art. 6). */
public record StandaloneProjectApproved(Long projectId, Long unitId) {
}
