package cn.gov.dehong.cloud.organization;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;

import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

import org.springframework.test.web.servlet.MockMvc;

/** First-login change of an administrator-set password, password history, and expiry after 90 days. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PasswordLifecycleIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    @Test
    void anAdministratorSetPasswordMustBeChangedAtTheFirstLogin() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 2, 9, 0));
        String units = mvc.perform(get("/api/v1/units").with(as("admin"))).andReturn().getResponse().getContentAsString();
        long unitId = new tools.jackson.databind.ObjectMapper().readTree(units).get(0).get("id").asLong();
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"new.clerk\",\"displayName\":\"新人\",\"unitId\":" + unitId
                        + ",\"initialPassword\":\"Chushi#2026\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/admin/users/new.clerk/roles").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"SECURITY_VIEWER\"]}")).andExpect(status().isOk());

        // sessions live in the database (Spring Session): the browser keeps only the SESSION cookie
        Cookie session = mvc.perform(formLogin("/login").user("new.clerk").password("Chushi#2026"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/tasks").cookie(session)).andExpect(redirectedUrl("/account/password"));
        // wrong current password, the same password again, a weak one: refused
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "nope")
                .param("newPassword", "Xinmima#2026").param("confirmation", "Xinmima#2026")).andExpect(status().isBadRequest());
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "Chushi#2026")
                .param("newPassword", "Chushi#2026").param("confirmation", "Chushi#2026")).andExpect(status().isBadRequest());
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "Chushi#2026")
                .param("newPassword", "short").param("confirmation", "short")).andExpect(status().isBadRequest());
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "Chushi#2026")
                .param("newPassword", "Xinmima#2026").param("confirmation", "Xinmima#2026"))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("new.clerk", "Xinmima#2026"))).andExpect(status().isOk());
    }

    @Test
    void passwordsExpireAfterNinetyDays() throws Exception {
        clock.setShanghai(LocalDateTime.now().plusDays(91));
        mvc.perform(get("/api/v1/me").with(httpBasic("security", "Demo@2026")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user.error.passwordChangeRequired"));
        clock.setShanghai(LocalDateTime.now());
        mvc.perform(get("/api/v1/me").with(httpBasic("security", "Demo@2026"))).andExpect(status().isOk());
    }
}
