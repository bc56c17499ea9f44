package cn.gov.dehong.cloud.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The HTTP 500 answers the wapiti scan provoked (docs/security-scan.md) are clear 4xx or ignored parameters now:
 * an invalid {@code lang}, a sort by no property, an unknown request type.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScannerFindingsIT {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    /** Pages: the signed-in user (the API takes HTTP basic, see ApiClient.as). */
    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void anInvalidLanguageKeepsTheCurrentOne() throws Exception {
        mvc.perform(get("/services").param("lang", "zh'\"><script>").with(as("edu.applicant")))
                .andExpect(status().isOk());
    }

    @Test
    void aSortByNoPropertyIsABadRequestOnPagesAndInTheApi() throws Exception {
        mvc.perform(get("/applications").param("sort", "nope").with(as("edu.applicant")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/services").param("sort", "nope").with(cn.gov.dehong.cloud.support.ApiClient.as("edu.applicant")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.invalidParameter"));
    }

    @Test
    void anUnknownRequestTypeIsABadRequest() throws Exception {
        mvc.perform(get("/requests/export").param("type", "NOPE").with(as("dec.reviewer")))
                .andExpect(status().isBadRequest());
    }
}
