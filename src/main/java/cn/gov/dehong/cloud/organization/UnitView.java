package cn.gov.dehong.cloud.organization;

public record UnitView(Long id, String code, String name, UnitKind kind, FundingKind fundingKind, Long parentId,
                       String parentName, Long countyId, int depth) {

    public boolean isAgency() {
        return kind == UnitKind.AGENCY;
    }
}
