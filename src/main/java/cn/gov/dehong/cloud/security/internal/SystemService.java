package cn.gov.dehong.cloud.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The units' inventory of application systems (Art. 21, 24): a unit member keeps its own unit's systems; the DEC,
 * the security departments, administrators and auditors read all of them and their flags.
 */
@Service
@Transactional
class SystemService {

    static final String AUDIT_TYPE = "ApplicationSystem";
    private static final int MAX_CSV_BYTES = 1024 * 1024;

    private final ApplicationSystemRepository systems;
    private final SystemDeclarationRepository declarations;
    private final OrganizationDirectory organization;
    private final SubscriptionManagement subscriptions;
    private final AuditLog audit;
    private final Clock clock;

    SystemService(ApplicationSystemRepository systems, SystemDeclarationRepository declarations,
                  OrganizationDirectory organization, SubscriptionManagement subscriptions, AuditLog audit,
                  Clock clock) {
        this.systems = systems;
        this.declarations = declarations;
        this.organization = organization;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    record PersonInput(String name, String phone) {
    }

    record SystemInput(String name, String purpose, PlatformZone zone, List<Long> instanceIds, boolean onCloud,
                       LocalDate plannedMigrationOn, LocalDate endOfLifeOn, boolean website, PersonInput admin,
                       PersonInput secrecy, PersonInput audit, String domainName, String icpNumber,
                       LocalDate icpExpiresOn, boolean tamperProtection, boolean realtimeScanning) {
    }

    record ScanInput(LocalDate scannedOn, String summary) {
    }

    record SystemView(Long id, Long unitId, String unitName, String name, String purpose, PlatformZone zone,
                      Set<Long> instanceIds, boolean onCloud, LocalDate onCloudSince, LocalDate plannedMigrationOn,
                      LocalDate endOfLifeOn, boolean website, SystemRules.Person admin, SystemRules.Person secrecy,
                      SystemRules.Person audit, String domainName, String icpNumber, LocalDate icpExpiresOn,
                      boolean tamperProtection, boolean realtimeScanning, LocalDate lastScanOn,
                      String lastScanSummary, boolean declaredThisYear, Set<SystemRules.Flag> flags, long version) {

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    record ImportResult(int imported) {
    }

    SystemView create(Actor actor, SystemInput input) {
        SecurityAccess.requireUnitMember(actor);
        SystemRules.SystemData data = data(actor.unitId(), input);
        if (systems.existsByUnitIdAndName(actor.unitId(), data.name())) {
            throw BusinessRuleException.conflict("security.system.error.duplicateName", data.name());
        }
        ApplicationSystem system = new ApplicationSystem(actor.unitId(), actor.unitName(), actor.username(),
                clock.instant());
        system.apply(data, today());
        system = systems.saveAndFlush(system);
        audit.record("security.system.create", AUDIT_TYPE, system.getId(), null, system.describe());
        return view(system);
    }

    SystemView update(Actor actor, Long id, SystemInput input) {
        SecurityAccess.requireUnitMember(actor);
        ApplicationSystem system = editable(actor, id);
        SystemRules.SystemData data = data(system.getUnitId(), input);
        if (systems.existsByUnitIdAndNameAndIdNot(system.getUnitId(), data.name(), id)) {
            throw BusinessRuleException.conflict("security.system.error.duplicateName", data.name());
        }
        String before = system.describe();
        system.apply(data, today());
        systems.saveAndFlush(system);
        audit.record("security.system.update", AUDIT_TYPE, id, before, system.describe());
        return view(system);
    }

    SystemView recordScan(Actor actor, Long id, ScanInput input) {
        SecurityAccess.requireUnitMember(actor);
        ApplicationSystem system = editable(actor, id);
        applyScan(system, input.scannedOn(), input.summary());
        return view(system);
    }

    /**
     * Imports scanner results as CSV ({@code systemId,scannedOn,summary}, header optional, UTF-8): every line of the
     * caller's unit is applied, or nothing when any line is wrong.
     */
    ImportResult importScans(Actor actor, MultipartFile file) {
        SecurityAccess.requireUnitMember(actor);
        if (file == null || file.isEmpty()) {
            throw BusinessRuleException.invalid("security.scan.error.fileRequired");
        }
        if (file.getSize() > MAX_CSV_BYTES) {
            throw BusinessRuleException.invalid("security.scan.error.fileTooLarge");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String stripped = line.strip().replace("\uFEFF", "");
                if (stripped.isEmpty() || (number == 1 && stripped.toLowerCase().startsWith("systemid"))) {
                    continue;
                }
                String[] cells = stripped.split(",", 3);
                if (cells.length < 3) {
                    throw BusinessRuleException.invalid("security.scan.error.csvLine", number);
                }
                rows.add(new String[] {cells[0].strip(), cells[1].strip(), cells[2].strip(), String.valueOf(number)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] row : rows) {
            ApplicationSystem system;
            LocalDate scannedOn;
            try {
                system = editable(actor, Long.valueOf(row[0]));
                scannedOn = LocalDate.parse(row[1]);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw BusinessRuleException.invalid("security.scan.error.csvLine", Integer.valueOf(row[3]));
            }
            applyScan(system, scannedOn, row[2]);
        }
        return new ImportResult(rows.size());
    }

    SystemView declare(Actor actor, Long id) {
        SecurityAccess.requireUnitMember(actor);
        ApplicationSystem system = editable(actor, id);
        int current = today().getYear();
        if (declarations.existsBySystemIdAndDeclaredFor(id, current)) {
            throw BusinessRuleException.conflict("security.declaration.error.duplicate", current);
        }
        SystemDeclaration declaration = declarations.saveAndFlush(new SystemDeclaration(id, current,
                actor.username(), clock.instant()));
        audit.record("security.system.declare", AUDIT_TYPE, id, null,
                "noClassifiedInformation year=" + current + ", declaration=" + declaration.getId());
        return view(system);
    }

    @Transactional(readOnly = true)
    SystemView details(Actor actor, Long id) {
        return forCaller(actor, view(visible(actor, id)));
    }

    @Transactional(readOnly = true)
    List<SystemView> list(Actor actor, boolean flaggedOnly) {
        List<ApplicationSystem> list;
        if (SecurityAccess.isSupervisor(actor)) {
            list = systems.findAllByOrderByUnitNameAscNameAsc();
        } else if (SecurityAccess.isUnitMember(actor)) {
            list = systems.findByUnitIdInOrderByUnitNameAscNameAsc(Set.of(actor.unitId()));
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        int current = today().getYear();
        Set<Long> declared = list.isEmpty() ? Set.of() : declarations.findBySystemIdInAndDeclaredFor(
                list.stream().map(ApplicationSystem::getId).toList(), current).stream()
                .map(SystemDeclaration::getSystemId).collect(Collectors.toSet());
        return list.stream().map(s -> forCaller(actor, view(s, declared.contains(s.getId()))))
                .filter(v -> !flaggedOnly || v.flagged()).toList();
    }

    /** Phone numbers in full for the system's own unit and the DEC; masked (138****1234) for everybody else. */
    static SystemView forCaller(Actor actor, SystemView v) {
        boolean full = (SecurityAccess.isUnitMember(actor) && v.unitId().equals(actor.unitId()))
                || actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER);
        if (full) {
            return v;
        }
        return new SystemView(v.id(), v.unitId(), v.unitName(), v.name(), v.purpose(), v.zone(), v.instanceIds(),
                v.onCloud(), v.onCloudSince(), v.plannedMigrationOn(), v.endOfLifeOn(), v.website(), masked(v.admin()),
                masked(v.secrecy()), masked(v.audit()), v.domainName(), v.icpNumber(), v.icpExpiresOn(),
                v.tamperProtection(), v.realtimeScanning(), v.lastScanOn(), v.lastScanSummary(), v.declaredThisYear(),
                v.flags(), v.version());
    }

    private static SystemRules.Person masked(SystemRules.Person person) {
        return new SystemRules.Person(person.name(), PersonalDataCipher.mask(person.phone()));
    }

    private void applyScan(ApplicationSystem system, LocalDate scannedOn, String summary) {
        if (scannedOn == null) {
            throw BusinessRuleException.invalid("security.scan.error.dateRequired");
        }
        if (scannedOn.isAfter(today())) {
            throw BusinessRuleException.invalid("security.scan.error.future");
        }
        String text = SecurityAccess.text(summary, 1000, "security.scan.error.summaryRequired");
        String before = "lastScan=" + system.getLastScanOn() + " " + system.getLastScanSummary();
        system.recordScan(scannedOn, text);
        audit.record("security.system.scan", AUDIT_TYPE, system.getId(), before, "lastScan=" + scannedOn + " " + text);
    }

    private SystemRules.SystemData data(Long unitId, SystemInput input) {
        String name = SecurityAccess.text(input.name(), 200, "security.system.error.nameRequired");
        String purpose = SecurityAccess.text(input.purpose(), 1000, "security.system.error.purposeRequired");
        Set<Long> instanceIds = new LinkedHashSet<>(input.instanceIds() == null ? List.of() : input.instanceIds());
        for (Long instanceId : instanceIds) {
            ServiceInstanceView instance = instanceId == null ? null : subscriptions.instance(instanceId);
            if (instance == null || !instance.unitId().equals(unitId)) {
                throw BusinessRuleException.notFound("error.object.notFound");
            }
        }
        SystemRules.SystemData data = new SystemRules.SystemData(name, purpose, input.zone(), instanceIds,
                input.onCloud(), input.onCloud() ? null : input.plannedMigrationOn(),
                input.onCloud() ? null : input.endOfLifeOn(), input.website(), person(input.admin()),
                person(input.secrecy()), person(input.audit()),
                input.website() ? SecurityAccess.optional(input.domainName(), 253) : null,
                input.website() ? SecurityAccess.optional(input.icpNumber(), 60) : null,
                input.website() ? input.icpExpiresOn() : null, input.website() && input.tamperProtection(),
                input.website() && input.realtimeScanning());
        SystemRules.validate(data);
        return data;
    }

    private static SystemRules.Person person(PersonInput input) {
        if (input == null) {
            return new SystemRules.Person(null, null);
        }
        return new SystemRules.Person(SecurityAccess.optional(input.name(), 60),
                SecurityAccess.optional(input.phone(), 30));
    }

    private ApplicationSystem visible(Actor actor, Long id) {
        ApplicationSystem system = systems.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (!SecurityAccess.sees(actor, system.getUnitId())) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return system;
    }

    /** A system of the caller's own unit; any other is reported as not found. */
    private ApplicationSystem editable(Actor actor, Long id) {
        ApplicationSystem system = systems.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (!system.getUnitId().equals(actor.unitId())) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return system;
    }

    private SystemView view(ApplicationSystem system) {
        return view(system, declarations.existsBySystemIdAndDeclaredFor(system.getId(), today().getYear()));
    }

    private SystemView view(ApplicationSystem s, boolean declaredThisYear) {
        SystemRules.SystemData d = s.data();
        return new SystemView(s.getId(), s.getUnitId(), s.getUnitName(), d.name(), d.purpose(), d.zone(),
                d.instanceIds(), d.onCloud(), s.getOnCloudSince(), d.plannedMigrationOn(), d.endOfLifeOn(), d.website(), d.admin(),
                d.secrecy(), d.audit(), d.domainName(), d.icpNumber(), d.icpExpiresOn(), d.tamperProtection(),
                d.realtimeScanning(), s.getLastScanOn(), s.getLastScanSummary(), declaredThisYear,
                SystemRules.flags(d, declaredThisYear, today()), s.getVersion());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
