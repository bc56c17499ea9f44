package cn.gov.dehong.cloud.organization;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/**
 * Password complexity required by GB/T 22239-2019 level 3 (身份鉴别: 口令具有复杂度要求): at least 8 characters
 * with at least three of upper case, lower case, digits and other characters, and not containing the username.
 * (OWASP ASVS 2.1.9 advises against composition rules; MLPS wins here, see README.)
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
            throw BusinessRuleException.invalid("user.error.passwordWeak", MIN_LENGTH);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3 || (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.toLowerCase()))) {
            throw BusinessRuleException.invalid("user.error.passwordWeak", MIN_LENGTH);
        }
    }
}
