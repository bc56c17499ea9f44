package cn.gov.dehong.cloud.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first start in production ({@code dehong.bootstrap.*}, see README "Production"): the operating unit that the
 * three administrators of 三员分立 belong to (created with its prefecture when the database has no unit) and their
 * accounts. The defaults are in {@code application.properties}; the passwords come only from the environment
 * ({@code DEHONG_BOOTSTRAP_ADMIN_PASSWORD}, {@code …_SECADMIN_…}, {@code …_AUDITOR_…}), never from a file of the
 * repository.
 */
@ConfigurationProperties("dehong.bootstrap")
record BootstrapSettings(boolean enabled, String prefectureCode, String prefectureName, String unitCode,
                         String unitName, Account admin, Account secadmin, Account auditor) {

    /** One administrator account; {@code password} is the initial one, to be changed at the first login. */
    record Account(String username, String displayName, String password, String email) {

        @Override
        public String toString() {
            return "Account[username=" + username + ", displayName=" + displayName + ", password="
                    + (password == null || password.isEmpty() ? "(none)" : "****") + ", email=" + email + "]";
        }
    }
}
