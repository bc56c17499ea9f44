package cn.gov.dehong.cloud.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.security.internal.SystemRules.Flag;
import cn.gov.dehong.cloud.security.internal.SystemRules.Person;
import cn.gov.dehong.cloud.security.internal.SystemRules.SystemData;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class SystemRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Person LI = new Person("李明", "0692-2123456");

    private static SystemData system(boolean onCloud, boolean website, Person audit, String icp, LocalDate icpExpires) {
        return new SystemData("教育资源平台", "资源发布", PlatformZone.PUBLIC, onCloud ? Set.of(1L) : Set.of(), onCloud,
                onCloud ? null : TODAY.plusMonths(3), null, website, LI, LI, audit,
                website ? "edu.dh.gov.cn" : null, icp, icpExpires, true, true);
    }

    @Test
    void aCompleteDeclaredSystemHasNoFlag() {
        assertThat(SystemRules.flags(system(true, false, LI, null, null), true, TODAY)).isEmpty();
    }

    @Test
    void aMissingResponsiblePersonOrPhoneIsFlagged() {
        assertThat(SystemRules.flags(system(true, false, new Person(null, null), null, null), true, TODAY))
                .containsExactly(Flag.RESPONSIBLES_MISSING);
        assertThat(SystemRules.flags(system(true, false, new Person("王五", " "), null, null), true, TODAY))
                .containsExactly(Flag.RESPONSIBLES_MISSING);
    }

    @Test
    void websiteFilingMissingOrExpiredIsFlagged() {
        assertThat(SystemRules.flags(system(true, true, LI, null, null), true, TODAY)).containsExactly(Flag.ICP_MISSING);
        assertThat(SystemRules.flags(system(true, true, LI, "滇ICP备12345678号", TODAY.minusDays(1)), true, TODAY))
                .containsExactly(Flag.ICP_EXPIRED);
        assertThat(SystemRules.flags(system(true, true, LI, "滇ICP备12345678号", TODAY), true, TODAY)).isEmpty();
    }

    @Test
    void aMissingDeclarationThisYearIsFlagged() {
        assertThat(SystemRules.flags(system(true, false, LI, null, null), false, TODAY))
                .containsExactly(Flag.DECLARATION_MISSING);
    }

    @Test
    void aSystemNotOnTheCloudNeedsAMigrationOrEndDate() {
        SystemData noDates = new SystemData("旧系统", "档案", PlatformZone.PRIVATE, Set.of(), false, null, null, false,
                LI, LI, LI, null, null, null, false, false);
        assertThatThrownBy(() -> SystemRules.validate(noDates)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("security.system.error.migrationOrEndRequired");
        SystemRules.validate(system(false, false, LI, null, null));
    }

    @Test
    void aSystemOnTheCloudNeedsInstancesAndAWebsiteADomain() {
        SystemData noInstances = new SystemData("系统", "用途", PlatformZone.PRIVATE, Set.of(), true, null, null, false,
                LI, LI, LI, null, null, null, false, false);
        assertThatThrownBy(() -> SystemRules.validate(noInstances)).hasMessage("security.system.error.instancesRequired");
        SystemData badDomain = new SystemData("网站", "门户", PlatformZone.PUBLIC, Set.of(1L), true, null, null, true,
                LI, LI, LI, "not a domain", null, null, false, false);
        assertThatThrownBy(() -> SystemRules.validate(badDomain)).hasMessage("security.system.error.domain");
        SystemData badPhone = new SystemData("网站", "门户", PlatformZone.PUBLIC, Set.of(1L), true, null, null, false,
                new Person("张三", "abc"), LI, LI, null, null, null, false, false);
        assertThatThrownBy(() -> SystemRules.validate(badPhone)).hasMessage("security.system.error.phone");
    }
}
