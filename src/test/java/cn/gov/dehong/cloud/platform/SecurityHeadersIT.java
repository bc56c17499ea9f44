package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web's protective headers, the session cookie's flags, and a login page that never tells whether an account
 * exists (GB/T 22239-2019 level 3; OWASP ASVS V3, V14.4, V2.2/V3 account enumeration).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersIT {

    private static final Pattern LOGIN_ERROR = Pattern.compile("<div id=\"login-error\"[^>]*>([^<]*)</div>");

    @Autowired MockMvc mvc;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                        "form-action 'self'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        // HSTS only over TLS (behind the reverse proxy, forwarded as https), never over plain HTTP
        assertThat(page.getHeader("Strict-Transport-Security")).isNull();
        assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000", "includeSubDomains");
        // the API too: no sniffing, no framing
        mvc.perform(get("/api/v1/me").with(as("edu.applicant")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("X-Frame-Options"));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureOnTls() throws Exception {
        String plain = mvc.perform(formLogin("/login").user("edu.applicant").password("Demo@2026"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(plain).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        String tls = mvc.perform(post("/login").secure(true).param("username", "edu.applicant")
                        .param("password", "Demo@2026")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(tls).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax", "Secure");
        // the API never creates a session
        assertThat(mvc.perform(get("/api/v1/me").with(as("edu.applicant"))).andReturn().getResponse()
                .getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theLoginNeverTellsWhetherAnAccountExists() throws Exception {
        // lock an existing account
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("mangshi.edu.applicant").password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        try {
            List<String> messages = new java.util.ArrayList<>();
            for (String[] attempt : new String[][] {
                    {"no.such.account", "Demo@2026"}, {"edu.applicant", "Wrong@2026"},
                    {"mangshi.edu.applicant", "Demo@2026"} /* locked, right password */}) {
                MockHttpServletResponse response = mvc.perform(formLogin("/login").user(attempt[0]).password(attempt[1]))
                        .andExpect(redirectedUrl("/login?error")).andReturn().getResponse();
                Cookie session = response.getCookie("SESSION");
                String page = mvc.perform(get("/login").param("error", "").cookie(session)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                Matcher matcher = LOGIN_ERROR.matcher(page);
                assertThat(matcher.find()).as(attempt[0]).isTrue();
                messages.add(matcher.group(1));
                // the API answers all three alike as well
                mvc.perform(get("/api/v1/me").with(httpBasic(attempt[0], attempt[1])))
                        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("error.unauthenticated"));
            }
            assertThat(messages).hasSize(3).containsOnly(messages.get(0));
            assertThat(messages.get(0)).doesNotContain("不存在", "locked for 30");
        } finally {
            mvc.perform(post("/api/v1/admin/users/mangshi.edu.applicant/unlock").with(as("admin")));
        }
    }
}
