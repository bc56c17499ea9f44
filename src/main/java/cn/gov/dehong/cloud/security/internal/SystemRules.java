package cn.gov.dehong.cloud.security.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** What a complete application-system record is (Art. 7, 21, 24, 32) and what is flagged when it is not. */
final class SystemRules {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");
    private static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private SystemRules() {
    }

    enum Flag {
        /** One of the three responsible persons (administration, security/secrecy, audit) is missing. */
        RESPONSIBLES_MISSING,
        /** A website without an ICP filing number or its expiry. */
        ICP_MISSING,
        /** A website whose ICP filing has expired. */
        ICP_EXPIRED,
        /** No no-classified-information declaration for the current year. */
        DECLARATION_MISSING
    }

    record Person(String name, String phone) {

        boolean complete() {
            return name != null && !name.isBlank() && phone != null && !phone.isBlank();
        }
    }

    record SystemData(String name, String purpose, PlatformZone zone, Set<Long> instanceIds, boolean onCloud,
                      LocalDate plannedMigrationOn, LocalDate endOfLifeOn, boolean website, Person admin,
                      Person secrecy, Person audit, String domainName, String icpNumber, LocalDate icpExpiresOn,
                      boolean tamperProtection, boolean realtimeScanning) {
    }

    /** Checks a record before it is stored; responsible persons may still be missing (that is flagged, not refused). */
    static void validate(SystemData data) {
        if (data.zone() == null) {
            throw BusinessRuleException.invalid("security.system.error.zoneRequired");
        }
        if (!data.onCloud() && data.plannedMigrationOn() == null && data.endOfLifeOn() == null) {
            throw BusinessRuleException.invalid("security.system.error.migrationOrEndRequired");
        }
        if (data.onCloud() && data.instanceIds().isEmpty()) {
            throw BusinessRuleException.invalid("security.system.error.instancesRequired");
        }
        for (Person person : new Person[] {data.admin(), data.secrecy(), data.audit()}) {
            if (person.phone() != null && !PHONE.matcher(person.phone()).matches()) {
                throw BusinessRuleException.invalid("security.system.error.phone", person.phone());
            }
        }
        if (data.website()) {
            if (data.domainName() == null || !DOMAIN.matcher(data.domainName()).matches()) {
                throw BusinessRuleException.invalid("security.system.error.domain");
            }
        }
    }

    static Set<Flag> flags(SystemData data, boolean declaredThisYear, LocalDate today) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (!data.admin().complete() || !data.secrecy().complete() || !data.audit().complete()) {
            flags.add(Flag.RESPONSIBLES_MISSING);
        }
        if (data.website()) {
            if (data.icpNumber() == null || data.icpNumber().isBlank() || data.icpExpiresOn() == null) {
                flags.add(Flag.ICP_MISSING);
            } else if (data.icpExpiresOn().isBefore(today)) {
                flags.add(Flag.ICP_EXPIRED);
            }
        }
        if (!declaredThisYear) {
            flags.add(Flag.DECLARATION_MISSING);
        }
        return flags;
    }
}
