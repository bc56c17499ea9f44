package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PriceListVersionPublished;
import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price-list versions behind the catalog pages and API: reading them, and publishing a new one after a
 * procurement (Art. 10). Other modules only need fees and use {@link CatalogManagement}.
 */
@Service
@Transactional(readOnly = true)
public class PriceListAdministration {

    /** Price lists apply to calendar days of the prefecture. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String AUDIT_OBJECT = "PriceListVersion";
    private static final int MAX_TEXT = 100;

    private final PriceListVersionRepository versions;
    private final ProductRepository products;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PricingRules rules = new PricingRules();

    PriceListAdministration(PriceListVersionRepository versions, ProductRepository products, AuditLog audit,
                            ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.products = products;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Newest first. */
    public List<PriceListVersionView> versions() {
        return versions.findAllByOrderByEffectiveFromDesc().stream().map(PriceListVersion::toView).toList();
    }

    public PriceListVersionView version(Long versionId) {
        return find(versionId).toView();
    }

    public Optional<PriceListVersionView> versionInForce(LocalDate day) {
        return versions.findInForce(day).map(PriceListVersion::toView);
    }

    /** The version with the latest start: the one a new version follows. */
    public Optional<PriceListVersionView> latestVersion() {
        return versions.findFirstByOrderByEffectiveFromDesc().map(PriceListVersion::toView);
    }

    public List<ProductPrice> prices(Long versionId) {
        return find(versionId).getItems().stream().map(PriceItem::toPrice).toList();
    }

    /**
     * Publishes a version after checking its period against the existing ones and its prices against the
     * catalog; closes the open-ended predecessor the day before it starts. Nothing changes when a check fails.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DEC_REVIEWER')")
    public PriceListVersionView publish(PriceListDraft draft) {
        String label = requireText(draft.label(), "catalog.error.labelInvalid");
        String procurementRef = requireText(draft.procurementRef(), "catalog.error.procurementRefInvalid");
        List<PriceListVersion> existing = versions.findAllForUpdate();
        Optional<PriceListVersionView> predecessor = rules.admit(
                existing.stream().map(PriceListVersion::toView).toList(), draft.effectiveFrom(), draft.effectiveTo());
        List<ProductView> catalog = products.findAll().stream().map(Product::toView).toList();
        Map<Long, Map<PriceComponent, BigDecimal>> prices = rules.checkPrices(catalog, draft.prices());

        predecessor.ifPresent(open -> {
            PriceListVersion previous = existing.stream().filter(v -> v.getId().equals(open.id())).findFirst().orElseThrow();
            String before = previous.describe();
            previous.closeBefore(draft.effectiveFrom());
            audit.record("catalog.priceList.close", AUDIT_OBJECT, previous.getId(), before, previous.describe());
        });
        List<PriceItem> items = prices.entrySet().stream()
                .flatMap(product -> product.getValue().entrySet().stream()
                        .map(price -> new PriceItem(product.getKey(), price.getKey(), price.getValue())))
                .toList();
        PriceListVersion created = versions.save(new PriceListVersion(label, draft.effectiveFrom(),
                draft.effectiveTo(), procurementRef, clock.instant(), currentUser(), items));
        audit.record("catalog.priceList.publish", AUDIT_OBJECT, created.getId(), null,
                created.describe() + "; prices: " + created.describePrices());
        events.publishEvent(new PriceListVersionPublished(created.getId(), draft.effectiveFrom()));
        return created.toView();
    }

    private PriceListVersion find(Long versionId) {
        return versions.findById(versionId)
                .orElseThrow(() -> BusinessRuleException.notFound("catalog.error.versionNotFound", versionId));
    }

    private static String requireText(String value, String messageKey) {
        if (value == null || value.isBlank() || value.trim().length() > MAX_TEXT) {
            throw BusinessRuleException.invalid(messageKey, MAX_TEXT);
        }
        return value.trim();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
