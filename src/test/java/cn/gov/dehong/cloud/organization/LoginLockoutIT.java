package cn.gov.dehong.cloud.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Five wrong passwords lock an account for 30 minutes; every login, failure and lockout is audited. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class LoginLockoutIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;

    @Test
    void fiveWrongPasswordsLockTheAccountForThirtyMinutes() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 2, 9, 0));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("school.leader").password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the right password no longer opens the account, neither by form nor by API
        mvc.perform(formLogin("/login").user("school.leader").password("Demo@2026")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic("school.leader", "Demo@2026"))).andExpect(status().isUnauthorized());
        assertThat(audit.forObject("UserAccount", "school.leader")).extracting(AuditEntry::action)
                .contains("security.login.failure", "security.lockout");
        assertThat(audit.forObject("UserAccount", "school.leader")).filteredOn(e -> e.action().equals("security.lockout"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("school.leader"));

        clock.setShanghai(LocalDateTime.of(2026, 11, 2, 9, 31));
        mvc.perform(formLogin("/login").user("school.leader").password("Demo@2026")).andExpect(redirectedUrl("/"));
        assertThat(audit.forObject("UserAccount", "school.leader")).extracting(AuditEntry::action)
                .contains("security.login.success");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 3, 9, 0));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("mangshi.edu.leader").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("mangshi.edu.leader").password("Demo@2026")).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("mangshi.edu.leader").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("mangshi.edu.leader").password("Demo@2026")).andExpect(redirectedUrl("/"));
    }
}
