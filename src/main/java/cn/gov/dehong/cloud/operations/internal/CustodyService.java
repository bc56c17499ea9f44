package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Asset custody (Art. 20): the vendor registers the signed agreements (file and period required) and the hosted
 * devices under them; units see their own. Agreements ending within the warning period are flagged.
 */
@Service
@Transactional
class CustodyService {

    static final String AUDIT_TYPE = "CustodyAgreement";
    static final String DEVICE_AUDIT_TYPE = "HostedDevice";
    static final String FILE_OWNER = "CUSTODY";
    /** The catalog code of the IDC-hosting product (IDC托管). */
    static final String IDC_PRODUCT_CODE = "IDC";

    private final CustodyAgreementRepository agreements;
    private final HostedDeviceRepository devices;
    private final OperationsFiles files;
    private final OpsFileRepository fileViews;
    private final OrganizationDirectory organization;
    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final AuditLog audit;
    private final OperationsProperties properties;
    private final Clock clock;

    CustodyService(CustodyAgreementRepository agreements, HostedDeviceRepository devices, OperationsFiles files,
                   OpsFileRepository fileViews, OrganizationDirectory organization,
                   SubscriptionManagement subscriptions, CatalogManagement catalog, AuditLog audit,
                   OperationsProperties properties, Clock clock) {
        this.agreements = agreements;
        this.devices = devices;
        this.files = files;
        this.fileViews = fileViews;
        this.organization = organization;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    record AgreementInput(Long unitId, String agreementNo, LocalDate startsOn, LocalDate endsOn) {
    }

    record DeviceInput(Long agreementId, String assetTag, String rackPosition, String description, Long instanceId) {
    }

    record AgreementView(Long id, Long unitId, String unitName, String agreementNo, LocalDate startsOn,
                         LocalDate endsOn, CustodyRules.AgreementState state, String registeredBy,
                         List<FileView> files) {

        public boolean flagged() {
            return state == CustodyRules.AgreementState.EXPIRING || state == CustodyRules.AgreementState.EXPIRED;
        }
    }

    record DeviceView(Long id, Long unitId, String unitName, String assetTag, String rackPosition, String description,
                      Long agreementId, String agreementNo, CustodyRules.AgreementState agreementState,
                      Long instanceId) {
    }

    AgreementView registerAgreement(Actor actor, AgreementInput input, MultipartFile file) {
        Access.requireVendor(actor);
        if (input.unitId() == null) {
            throw BusinessRuleException.invalid("operations.custody.error.unitRequired");
        }
        String number = Access.text(input.agreementNo(), 60, "operations.custody.error.numberRequired");
        if (input.startsOn() == null || input.endsOn() == null) {
            throw BusinessRuleException.invalid("operations.custody.error.periodRequired");
        }
        if (input.endsOn().isBefore(input.startsOn())) {
            throw BusinessRuleException.invalid("operations.custody.error.endBeforeStart");
        }
        if (file == null || file.isEmpty()) {
            throw BusinessRuleException.invalid("operations.custody.error.fileRequired");
        }
        UnitView unit = organization.unit(input.unitId());
        if (!unit.isAgency()) {
            throw BusinessRuleException.invalid("operations.custody.error.notAgency", unit.name());
        }
        if (agreements.existsByAgreementNo(number)) {
            throw BusinessRuleException.conflict("operations.custody.error.duplicateNumber", number);
        }
        CustodyAgreement agreement = agreements.saveAndFlush(new CustodyAgreement(unit.id(), unit.name(), number,
                input.startsOn(), input.endsOn(), actor.username(), clock.instant()));
        OpsFile stored = files.store(FILE_OWNER, agreement.getId(), file, actor.username());
        audit.record("custody.registerAgreement", AUDIT_TYPE, agreement.getId(), null,
                agreement.describe() + ", file=" + stored.getFileName() + " sha256=" + stored.getSha256());
        return view(agreement, today());
    }

    DeviceView registerDevice(Actor actor, DeviceInput input) {
        Access.requireVendor(actor);
        if (input.agreementId() == null) {
            throw BusinessRuleException.invalid("operations.custody.error.agreementRequired");
        }
        CustodyAgreement agreement = agreements.findById(input.agreementId())
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        String tag = Access.text(input.assetTag(), 60, "operations.custody.error.assetTagRequired");
        String rack = Access.text(input.rackPosition(), 60, "operations.custody.error.rackRequired");
        String description = Access.text(input.description(), 500, "operations.custody.error.descriptionRequired");
        if (input.instanceId() != null) {
            ServiceInstanceView instance = subscriptions.instance(input.instanceId());
            if (!instance.unitId().equals(agreement.getUnitId())) {
                throw BusinessRuleException.invalid("operations.custody.error.instanceOfOtherUnit", instance.code());
            }
        }
        if (devices.existsByAssetTag(tag)) {
            throw BusinessRuleException.conflict("operations.custody.error.duplicateAssetTag", tag);
        }
        HostedDevice device = devices.save(new HostedDevice(agreement.getUnitId(), agreement.getUnitName(), tag, rack,
                description, agreement.getId(), input.instanceId(), actor.username(), clock.instant()));
        audit.record("custody.registerDevice", DEVICE_AUDIT_TYPE, device.getId(), null, device.describe());
        return deviceView(device, Map.of(agreement.getId(), agreement), today());
    }

    @Transactional(readOnly = true)
    List<AgreementView> agreements(Actor actor) {
        DataScope scope = organization.scopeOf(actor);
        LocalDate today = today();
        List<CustodyAgreement> list = scope.all() ? agreements.findAllByOrderByEndsOnAscIdAsc()
                : agreements.findByUnitIdInOrderByEndsOnAscIdAsc(nonEmpty(scope.unitIds()));
        return list.stream().map(a -> view(a, today)).toList();
    }

    @Transactional(readOnly = true)
    List<DeviceView> devices(Actor actor) {
        DataScope scope = organization.scopeOf(actor);
        LocalDate today = today();
        List<HostedDevice> list = scope.all() ? devices.findAllByOrderByUnitNameAscAssetTagAsc()
                : devices.findByUnitIdInOrderByUnitNameAscAssetTagAsc(nonEmpty(scope.unitIds()));
        Map<Long, CustodyAgreement> byId = agreements.findAllById(list.stream().map(HostedDevice::getAgreementId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CustodyAgreement::getId, Function.identity()));
        return list.stream().map(d -> deviceView(d, byId, today)).toList();
    }

    /** Agreements of every unit that expire within the warning period or have expired (vendor, DEC). */
    @Transactional(readOnly = true)
    List<AgreementView> flagged(Actor actor) {
        return agreements(actor).stream().filter(AgreementView::flagged).toList();
    }

    @Transactional(readOnly = true)
    org.springframework.http.ResponseEntity<byte[]> agreementFile(Actor actor, Long id, Long fileId) {
        CustodyAgreement agreement = agreements.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        organization.requireVisible(actor, agreement.getUnitId());
        return files.download(FILE_OWNER, id, fileId);
    }

    /** The custody gate (Art. 20): an IDC-hosting instance needs an agreement of its unit covering the day. */
    @Transactional(readOnly = true)
    void requireAgreementFor(ServiceInstanceView instance, LocalDate billingStart) {
        if (!IDC_PRODUCT_CODE.equals(catalog.product(instance.productId()).code())) {
            return;
        }
        if (!agreements.existsByUnitIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(instance.unitId(),
                billingStart, billingStart)) {
            throw BusinessRuleException.invalid("operations.custody.error.noAgreement", instance.code(),
                    instance.unitName(), billingStart);
        }
    }

    private AgreementView view(CustodyAgreement a, LocalDate today) {
        return new AgreementView(a.getId(), a.getUnitId(), a.getUnitName(), a.getAgreementNo(), a.getStartsOn(),
                a.getEndsOn(), CustodyRules.state(a.getStartsOn(), a.getEndsOn(), today, properties.custodyWarningDays()),
                a.getRegisteredBy(), fileViews.findViews(FILE_OWNER, a.getId()));
    }

    private DeviceView deviceView(HostedDevice d, Map<Long, CustodyAgreement> agreementsById, LocalDate today) {
        CustodyAgreement a = agreementsById.get(d.getAgreementId());
        return new DeviceView(d.getId(), d.getUnitId(), d.getUnitName(), d.getAssetTag(), d.getRackPosition(),
                d.getDescription(), d.getAgreementId(), a == null ? null : a.getAgreementNo(),
                a == null ? null : CustodyRules.state(a.getStartsOn(), a.getEndsOn(), today,
                        properties.custodyWarningDays()), d.getInstanceId());
    }

    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
