package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Login, the API's authentication and problem details, the OpenAPI document, localized pages, Excel exports. */
@SpringBootTest
@AutoConfigureMockMvc
class PlatformWebIT {

    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    void webjarsAreServedWithoutAVersionAndLinksAreNotPassedThroughTheResourceResolvers() throws Exception {
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        // a link written by a page is not looked up on the class path (see WebConfiguration)
        var registrations = context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class);
        org.assertj.core.api.Assertions.assertThat(registrations.values())
                .filteredOn(r -> r.getFilter() instanceof org.springframework.web.servlet.resource.ResourceUrlEncodingFilter)
                .isNotEmpty().allMatch(r -> !r.isEnabled());
        org.assertj.core.api.Assertions.assertThat(context.getBeansOfType(
                org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void peopleLogInWithAFormAndPagesNeedALogin() throws Exception {
        mvc.perform(get("/tasks").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("登录")));
        mvc.perform(formLogin("/login").user("edu.applicant").password("Demo@2026")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("edu.applicant").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void apiClientsGetProblemDetailsInTheirLanguage() throws Exception {
        mvc.perform(get("/api/v1/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.unauthenticated"));
        mvc.perform(get("/api/v1/audit").with(as("edu.applicant")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not allowed to do this"));
        mvc.perform(get("/api/v1/applications/{id}", 999999).with(as("edu.applicant")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到该对象，或您无权查看"));
        mvc.perform(post("/api/v1/applications").with(as("edu.applicant")).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.malformedJson"));
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/applications']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/acceptance']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tasks']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("dec.acceptor")
    void pagesAreChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().isOk()).andExpect(content().string(containsString("待办")));
        mvc.perform(get("/tasks").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("To do")));
    }

    @Test
    @WithUserDetails("dec.acceptor")
    void listsExportToExcel() throws Exception {
        for (String list : new String[] {"/applications/export", "/requests/export", "/units/export", "/services/export"}) {
            mvc.perform(get(list)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
    }

    @Test
    @WithUserDetails("edu.applicant")
    void formsNeedTheirCsrfTokenAndBrokenRulesShowALocalizedPage() throws Exception {
        mvc.perform(post("/campaigns").param("budgetYear", "2030").param("title", "x")
                        .param("opensOn", "2029-09-01").param("closesOn", "2029-12-31"))
                .andExpect(status().isForbidden());
        // an applicant is not the DEC: a 403 page with the reason, no stack trace
        mvc.perform(post("/campaigns").with(csrf()).param("budgetYear", "2030").param("title", "x")
                        .param("opensOn", "2029-09-01").param("closesOn", "2029-12-31"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您没有执行该操作的权限")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }
}
