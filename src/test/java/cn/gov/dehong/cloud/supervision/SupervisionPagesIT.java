package cn.gov.dehong.cloud.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The supervision pages for the DEC, a unit, finance and the auditor; the dashboard's script and data; forms. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SupervisionPagesIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService accounts;

    @BeforeEach
    void setUp() {
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void everyPageRendersInBothLanguagesForEachParty() throws Exception {
        for (String user : new String[] {"dec.reviewer", "finance", "auditor", "school.applicant", "mangshi.aggregator"}) {
            for (String path : new String[] {"/supervision", "/supervision/dashboard", "/supervision/recommendations",
                    "/supervision/bulletins", "/supervision/charts/adoption", "/supervision/charts/idle-trend",
                    "/supervision/charts/sla"}) {
                assertThat(page(get(path), user)).as(user + " " + path).doesNotContain("??");
                assertThat(page(get(path).param("lang", "en"), user)).as(user + " " + path + " en")
                        .doesNotContain("??");
            }
        }
        for (String user : new String[] {"dec.reviewer", "finance", "auditor"}) {
            assertThat(page(get("/supervision/ranking"), user)).doesNotContain("??").contains("weights-in-force");
        }
        assertThat(page(get("/supervision/ranking"), "dec.reviewer")).contains("id=\"weights-form\"");
        assertThat(page(get("/supervision/ranking"), "finance")).doesNotContain("weights-form");
        mvc.perform(get("/supervision/ranking").with(as("school.applicant"))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision").with(as("vendor"))).andExpect(status().isForbidden());
        assertThat(page(get("/supervision/bulletins"), "dec.reviewer")).contains("id=\"draft-form\"");
        assertThat(page(get("/supervision/bulletins"), "finance")).doesNotContain("draft-form");
        assertThat(page(get("/supervision").param("from", "2019-01").param("to", "2019-01"), "dec.reviewer"))
                .contains("id=\"report-empty\"");
        // the unit table is paged on the server: a page past the end (or below 0) shows the last (first) one
        assertThat(page(get("/supervision").param("page", "99"), "dec.reviewer")).contains("id=\"report-filter\"");
        assertThat(page(get("/supervision").param("page", "-1"), "dec.reviewer")).contains("id=\"report-filter\"");
    }

    @Test
    void theDashboardLoadsEChartsLocallyWithoutInlineScriptAndEveryChartHasDataTableAndExcel() throws Exception {
        String dashboard = mvc.perform(get("/supervision/dashboard").with(as("dec.reviewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("src=\"/webjars/echarts/dist/echarts.min.js\"").contains("/js/supervision-charts.js")
                .doesNotContain("<script>").doesNotContain("onclick");
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/supervision-charts.js")).andExpect(status().isOk());
        for (String name : new String[] {"adoption", "spend-month", "spend-type", "idle-trend", "incidents", "sla"}) {
            assertThat(dashboard).contains("id=\"chart-" + name + "\"", "id=\"table-" + name + "\"",
                    "id=\"xlsx-" + name + "\"");
            String data = mvc.perform(get("/supervision/charts/" + name + "/data").with(as("dec.reviewer")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(data).contains("\"categories\"", "\"series\"", "\"links\"");
            byte[] xlsx = mvc.perform(get("/supervision/charts/" + name + "/xlsx").with(as("finance")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        }
        byte[] report = mvc.perform(get("/supervision/xlsx").with(as("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(report, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void weightsThatDoNotSumToOneHundredAreRefusedOnThePageAndNothingIsSaved() throws Exception {
        String before = page(get("/supervision/ranking"), "dec.reviewer");
        String refused = mvc.perform(post("/supervision/weights").with(as("dec.reviewer")).with(csrf())
                        .param("adoption", "60").param("efficiency", "30").param("security", "30").param("training", "0"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("各项权重之和须为 100%，当前为 120%");
        assertThat(page(get("/supervision/ranking"), "dec.reviewer")).contains(weightsLine(before));
        mvc.perform(post("/supervision/weights").with(as("dec.reviewer")).with(csrf())
                        .param("adoption", "50").param("efficiency", "25").param("security", "25").param("training", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/supervision/ranking"), "dec.reviewer")).contains("上云比例 50%，资源使用效率 25%");
    }

    private static String weightsLine(String page) {
        int start = page.indexOf("id=\"weights-in-force\"");
        return page.substring(start, page.indexOf("</p>", start));
    }

    @Test
    void theDecDraftsEditsAndPublishesABulletinThroughTheForms() throws Exception {
        String location = mvc.perform(post("/supervision/bulletins").with(as("dec.reviewer")).with(csrf())
                        .param("from", "2026-10").param("to", "2026-10"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/supervision/bulletins/");
        assertThat(page(get(location), "dec.reviewer")).contains("id=\"bulletin-edit\"", "id=\"bulletin-publish\"");
        mvc.perform(get(location).with(as("school.applicant"))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/publish").with(as("dec.reviewer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(location), "school.applicant")).contains("id=\"bulletin-body\"", "id=\"bulletin-pdf\"")
                .doesNotContain("bulletin-edit");
        mvc.perform(get(location + "/pdf").with(as("school.applicant"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
