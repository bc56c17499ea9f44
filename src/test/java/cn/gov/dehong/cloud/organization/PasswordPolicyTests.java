package cn.gov.dehong.cloud.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void threeCharacterClassesAndEightCharactersPass() {
        assertThatCode(() -> PasswordPolicy.check("li.ming", "Yunfuwu2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("li.ming", "yunfuwu#2026")).doesNotThrowAnyException();
    }

    @Test
    void shortSimpleOrNameBasedPasswordsFail() {
        assertThatThrownBy(() -> PasswordPolicy.check("li.ming", "Ab1#")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("li.ming", "yunfuwu2026")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("li.ming", "Li.Ming2026")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("li.ming", null)).isInstanceOf(BusinessRuleException.class);
    }
}
