package cn.gov.dehong.cloud.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password spraying from one address: 20 failed logins (any accounts, existing or not) within 10 minutes block that
 * address, by form and by API, even with a right password; other addresses are not affected; the block ends with the
 * window. The count is in the database (every instance reads the same row).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class LoginRateLimitIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;

    @Test
    void anAddressWithTooManyFailedLoginsIsRefusedUntilTheWindowEnds() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 9, 9, 0, 10));
        RequestPostProcessor attacker = from("198.51.100.7");
        for (int i = 0; i < 20; i++) {
            // different (mostly unknown) accounts, so no account lockout interferes
            mvc.perform(login("sprayed." + i, "Spring#2026", attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the right password of a real account, from the same address: refused before it is checked
        mvc.perform(login("edu.applicant", "Demo@2026", attacker))
                .andExpect(redirectedUrl("/login?rateLimited"));
        mvc.perform(get("/api/v1/me").with(httpBasic("edu.applicant", "Demo@2026")).with(attacker))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("login.error.rateLimited"));
        // another address logs in as usual
        mvc.perform(login("edu.applicant", "Demo@2026", from("203.0.113.5")))
                .andExpect(redirectedUrl("/"));
        assertThat(audit.forObject("SourceAddress", "198.51.100.7")).extracting(AuditEntry::action)
                .containsExactly("security.login.rateLimited");

        clock.setShanghai(LocalDateTime.of(2026, 11, 9, 9, 10, 10));
        mvc.perform(login("edu.applicant", "Demo@2026", attacker))
                .andExpect(redirectedUrl("/"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String username, String password, RequestPostProcessor address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", username).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(address);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
