package cn.gov.dehong.cloud.organization;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The system administrator manages accounts; 三员 separation and password complexity hold; nobody else may. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationIT {

    @Autowired MockMvc mvc;

    private static final String NEW_USER = """
            {"username":"%s","displayName":"新用户","unitId":%d,"roles":%s,"initialPassword":"%s"}""";

    @Test
    void theAdministratorCreatesAnAccountThatCanLogIn() throws Exception {
        long unitId = unitId("德宏州教育体育局");
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("edu.clerk", unitId, "[\"UNIT_APPLICANT\"]", "Yunfuwu#2026")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("UNIT_APPLICANT"));
        // the password was set by the administrator: it works, but must be changed before anything else
        mvc.perform(get("/api/v1/me").with(httpBasic("edu.clerk", "Yunfuwu#2026")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("user.error.passwordChangeRequired"));
        mvc.perform(put("/api/v1/admin/users/edu.clerk/enabled").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("edu.clerk", "Yunfuwu#2026"))).andExpect(status().isUnauthorized());
    }

    @Test
    void separatedDutiesWeakPasswordsAndDuplicatesAreRefused() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("dec.audit", unitId, "[\"AUDITOR\",\"DEC_REVIEWER\"]", "Yunfuwu#2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("user.error.separationOfDuties"));
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("dec.weak", unitId, "[\"DEC_REVIEWER\"]", "password")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("user.error.passwordWeak"));
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("finance", unitId, "[\"FINANCE\"]", "Yunfuwu#2026")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.weak", "password"))).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheSystemAdministratorManagesUsers() throws Exception {
        mvc.perform(get("/api/v1/admin/users").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/users").with(as("dec.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/edu.applicant/unlock").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/users/admin/roles").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"SYSTEM_ADMIN\",\"AUDITOR\"]}"))
                .andExpect(status().isForbidden());
    }

    private long unitId(String name) throws Exception {
        String body = mvc.perform(get("/api/v1/units").with(as("admin"))).andReturn().getResponse().getContentAsString();
        var units = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        for (var unit : units) {
            if (unit.get("name").asText().equals(name)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }
}
