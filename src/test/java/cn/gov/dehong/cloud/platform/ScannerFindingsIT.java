package cn.gov.dehong.cloud.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The HTTP 500 answers the wapiti scan provoked (docs/security-scan.md) are clear 4xx or ignored parameters now:
 * an invalid {@code lang}, a sort by no property, an unknown request type; and those of the second run (three users):
 * a sort value with a "%" (Spring Data decoded it once more), a file form posted without a multipart body.
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

    @Test
    void aSortWithAPercentSignIsABadRequestOnPagesAndInTheApi() throws Exception {
        mvc.perform(get("/operations/tickets").param("sort", "%' AND 7070=7070 AND 'aRVY%'='aRVY").with(as("edu.applicant")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/applications").param("sort", "id%2").with(as("dec.reviewer")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/services").param("sort", "%' AND 1=1-- x").with(cn.gov.dehong.cloud.support.ApiClient.as("edu.applicant")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.invalidParameter"));
        // a well-formed sort still sorts
        mvc.perform(get("/operations/tickets").param("sort", "id,desc").with(as("edu.applicant")))
                .andExpect(status().isOk());
    }

    @Test
    void aFileFormPostedWithoutAMultipartBodyIsABadRequest() throws Exception {
        mvc.perform(post("/catalog/versions/new/csv").param("label", "2027").with(as("dec.reviewer")).with(csrf()))
                .andExpect(status().isBadRequest());
    }
}
