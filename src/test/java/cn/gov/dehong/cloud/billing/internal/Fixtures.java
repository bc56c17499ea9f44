package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.CatalogManagement.PriceTable;
import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.SpecPeriod;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.StatusStep;

/** Test data for the billing rules: price lists that charge a fixed fee per vCPU, units, service histories. */
final class Fixtures {

    static final long PREFECTURE = 1L;
    static final long MANGSHI = 2L;

    private Fixtures() {
    }

    /** A price-list version where a line costs {@code perVcpu} × vCPU × quantity. */
    static PriceTable prices(long id, String label, LocalDate from, LocalDate to, String perVcpu) {
        PriceListVersionView version = new PriceListVersionView(id, label, from, to, "REF-" + id, Instant.EPOCH, "test");
        BigDecimal unit = new BigDecimal(perVcpu);
        return new PriceTable() {
            @Override
            public PriceListVersionView version() {
                return version;
            }

            @Override
            public BigDecimal monthlyFee(Long productId, SpecValues spec, int quantity) {
                if (productId == 404L) {
                    throw BusinessRuleException.invalid("catalog.error.noPrice", "x", from.toString());
                }
                return unit.multiply(BigDecimal.valueOf((long) spec.get(SpecParameter.VCPU) * quantity)).setScale(2);
            }
        };
    }

    static SpecPeriod spec(LocalDate from, int vcpu) {
        return new SpecPeriod(from, new SpecValues(Map.of(SpecParameter.VCPU, vcpu)), 1);
    }

    static ServiceHistory service(long id, long unitId, LocalDate testStart, LocalDate billingStart, LocalDate end,
                                  List<SpecPeriod> specs, List<StatusStep> statuses) {
        return new ServiceHistory(id, "SI-" + id, unitId, "unit " + unitId, 1L, "弹性云主机", billingStart, end,
                end == null ? ServiceInstanceStatus.ACTIVE : ServiceInstanceStatus.TERMINATED, specs, statuses);
    }

    static StatusStep step(ServiceInstanceStatus status, LocalDate on) {
        return new StatusStep(status, on);
    }

    static UnitView unit(long id, String name, FundingKind funding, Long countyId) {
        return new UnitView(id, "U" + id, name, UnitKind.AGENCY, funding, countyId == null ? PREFECTURE : countyId,
                null, countyId, 2);
    }

    static List<UnitView> tree(UnitView... agencies) {
        List<UnitView> units = new java.util.ArrayList<>(List.of(
                new UnitView(PREFECTURE, "5331", "德宏州", UnitKind.PREFECTURE, null, null, null, null, 0),
                new UnitView(MANGSHI, "533103", "芒市", UnitKind.COUNTY, null, PREFECTURE, "德宏州", null, 1)));
        units.addAll(List.of(agencies));
        return units;
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
