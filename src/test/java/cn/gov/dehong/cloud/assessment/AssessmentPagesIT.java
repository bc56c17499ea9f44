package cn.gov.dehong.cloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.audit.AuditQuery;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The assessment pages for the DEC, units, the vendor, finance and auditors, through the forms. */
@SpringBootTest(properties = "dehong.operations.alert-token=" + AssessmentApiIT.TOKEN)
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AssessmentPagesIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    @Test
    void theDecAssessesAQuarterWithoutDataUnitsAnswerTheSurveyOthersRead() throws Exception {
        clock.setShanghai(LocalDateTime.of(2022, 10, 8, 10, 0));
        // the DEC opens a survey and a unit answers it once through the form
        mvc.perform(post("/assessments/surveys").param("period", "2022Q3").param("title", "2022 年第三季度满意度调查")
                .with(csrf()).with(as("dec.reviewer"))).andExpect(status().is3xxRedirection());
        Long survey = jdbc.queryForObject("select id from asm_survey where covered_period = '2022Q3'", Long.class);
        String unitPage = page(get("/assessments/surveys"), "mangshi.edu.applicant");
        assertThat(unitPage).contains("id=\"survey-" + survey + "\"", "answer-form");
        mvc.perform(post("/assessments/surveys/{id}/answer", survey).param("satisfaction", "VERY_SATISFIED")
                .with(csrf()).with(as("mangshi.edu.applicant"))).andExpect(status().is3xxRedirection());
        assertThat(page(get("/assessments/surveys"), "mangshi.edu.applicant")).contains("my-answer", "非常满意");
        // twice: a clear message, nothing changed
        String twice = mvc.perform(post("/assessments/surveys/{id}/answer", survey).param("satisfaction", "UNSATISFIED")
                        .with(csrf()).with(as("mangshi.edu.applicant")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("每个单位只能填写一次");
        assertThat(jdbc.queryForObject("select count(*) from asm_survey_answer where survey_id = ?", Integer.class,
                survey)).isEqualTo(1);
        // a unit is sent to its surveys, not to the assessments
        mvc.perform(get("/assessments").with(as("mangshi.edu.applicant")))
                .andExpect(header().string("Location", "/assessments/surveys"));

        // the DEC assesses the quarter: no ticket, no step, no rating → full marks said so, survey 100
        mvc.perform(post("/assessments").param("period", "2022Q3").with(csrf()).with(as("dec.reviewer")))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from asm_assessment where period_label = '2022Q3'", Long.class);
        String detail = page(get("/assessments/{id}", id), "dec.reviewer");
        assertThat(detail).contains("id=\"sign-off-form\"", "本期无数据，按满分计", "本期无故障", "id=\"total-score\"");
        // weights not summing to 100 through the form: 400 and no new version
        int versions = jdbc.queryForObject("select count(*) from asm_rule_version", Integer.class);
        mvc.perform(post("/assessments/rules").param("weightResponse", "50").param("weightSatisfaction", "30")
                        .param("weightQuality", "30").param("weightMerits", "10").param("pointsUnsatisfied", "0")
                        .param("pointsSatisfied", "80").param("pointsVerySatisfied", "100").param("surveyShare", "50")
                        .param("availabilityTarget", "99.9").param("availabilityFloor", "99").param("criticalDeduction", "5")
                        .param("meritBase", "0").with(csrf()).with(as("dec.reviewer")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from asm_rule_version", Integer.class)).isEqualTo(versions);
        // a merit through the form
        mvc.perform(multipart("/assessments/merits")
                        .file(new MockMultipartFile("file", "奖状.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                        .param("awardedOn", "2022-08-01").param("kind", "INNOVATION").param("title", "云上容灾演练创新")
                        .param("points", "5").with(csrf()).with(as("dec.reviewer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessments/{id}/sign-off", id).param("note", "同意").with(csrf()).with(as("dec.reviewer")))
                .andExpect(status().is3xxRedirection());
        String signed = page(get("/assessments/{id}", id), "dec.reviewer");
        assertThat(signed).contains("已签发", "id=\"penalty-form\"").doesNotContain("sign-off-form");
        mvc.perform(post("/assessments/{id}/recompute", id).with(csrf()).with(as("dec.reviewer")))
                .andExpect(status().isConflict());

        // every page renders for each party in both languages; read-only parties get no forms
        for (String user : new String[] {"dec.reviewer", "finance", "auditor", "vendor"}) {
            for (String path : new String[] {"/assessments", "/assessments/" + id, "/assessments/merits"}) {
                String zh = page(get(path), user);
                assertThat(zh).as(user + " " + path).doesNotContain("??");
                assertThat(page(get(path).param("lang", "en"), user)).as(user + " " + path + " en").doesNotContain("??");
                if (!user.equals("dec.reviewer")) {
                    assertThat(zh).doesNotContain("id=\"assessment-form\"", "id=\"merit-form\"", "id=\"sign-off-form\"");
                }
            }
        }
        for (String user : new String[] {"dec.reviewer", "finance", "auditor"}) {
            for (String path : new String[] {"/assessments/rules", "/assessments/surveys", "/assessments/surveys/" + survey}) {
                assertThat(page(get(path), user)).as(user + " " + path).doesNotContain("??");
                assertThat(page(get(path).param("lang", "en"), user)).doesNotContain("??");
            }
        }
        assertThat(page(get("/assessments/rules"), "auditor")).contains("id=\"read-only\"").doesNotContain("rules-form");
        assertThat(page(get("/assessments/" + id), "finance")).contains("id=\"penalty-form\"");
        assertThat(page(get("/assessments/" + id), "auditor")).doesNotContain("penalty-form");
        assertThat(page(get("/assessments/surveys").param("lang", "en"), "edu.applicant")).doesNotContain("??");
        mvc.perform(get("/assessments/rules").with(as("edu.applicant"))).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/assessments/{id}/export", id).with(as("finance"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        // the API is documented
        assertThat(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/api/v1/assessments/{id}/sign-off",
                "/api/v1/assessments/surveys/{id}/answers", "/api/v1/assessments/rules", "Vendor assessment");
        // the auditor's page views are in the audit log
        assertThat(audit.search(new AuditQuery("auditor", "oversight.view", "Request", "/assessments/" + id, null, null),
                PageRequest.of(0, 10)).getTotalElements()).isGreaterThanOrEqualTo(2);
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
