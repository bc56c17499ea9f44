package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.Excel;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operations pages for a unit, the vendor and the DEC, and a ticket from report to rating through the forms. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class OperationsPagesIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService accounts;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;

    private OperationsFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OperationsFixtures(subscriptions, catalog, organization);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void everyPageRendersInBothLanguagesForEachParty() throws Exception {
        for (String user : new String[] {"edu.applicant", "vendor", "dec.reviewer"}) {
            for (String path : new String[] {"/operations", "/operations/tickets", "/operations/duty",
                    "/operations/bulletins", "/operations/drills", "/operations/custody", "/operations/incidents",
                    "/operations/report"}) {
                assertThat(page(get(path), user)).as(user + " " + path).doesNotContain("??");
                assertThat(page(get(path).param("lang", "en"), user)).as(user + " " + path + " en").doesNotContain("??");
            }
        }
        assertThat(page(get("/operations"), "dec.reviewer")).contains("id=\"operations-flags\"", "id=\"duty-contact\"");
        assertThat(page(get("/operations"), "edu.applicant")).contains("id=\"duty-contact\"").doesNotContain("operations-flags");
        // Art. 13: every user sees the duty contact on the home page (the to-do list) too
        assertThat(page(get("/tasks"), "edu.applicant")).contains("id=\"duty-contact\"");
        assertThat(page(get("/operations/tickets/new"), "edu.applicant")).doesNotContain("??");
        assertThat(page(get("/operations/drills"), "vendor")).contains("id=\"drill-form\"");
        assertThat(page(get("/operations/custody"), "vendor")).contains("id=\"agreement-form\"");
        assertThat(page(get("/operations/custody"), "edu.applicant")).doesNotContain("agreement-form");
        mvc.perform(get("/operations/tickets/new").with(as("vendor"))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitReportsATicketTheVendorResolvesItAndTheUnitRatesIt() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 10, 12));
        String form = page(get("/operations/tickets/new").param("instanceId", String.valueOf(instance)), "edu.applicant");
        assertThat(form).contains("id=\"ticket-form\"", "value=\"" + instance + "\"");

        String location = mvc.perform(multipart("/operations/tickets")
                        .file(new MockMultipartFile("file", "截图.png", "image/png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2}))
                        .param("instanceId", String.valueOf(instance)).param("severity", "MEDIUM")
                        .param("title", "<b>页面</b>报错").param("description", "点击“提交”后报 500")
                        .with(as("edu.applicant")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/operations/tickets/");
        String ticket = page(get(location), "edu.applicant");
        // escaped, never rendered as markup; the attachment and the unit's withdraw action are there
        assertThat(ticket).contains("&lt;b&gt;页面&lt;/b&gt;报错", "截图.png", "id=\"ticket-cancel\"", "id=\"duty-contact\"")
                .doesNotContain("id=\"ticket-acknowledge\"", "??");
        // without the CSRF token a form post is refused
        mvc.perform(post(location + "/acknowledge").with(as("vendor"))).andExpect(status().isForbidden());

        assertThat(page(get(location), "vendor")).contains("id=\"ticket-acknowledge\"").doesNotContain("id=\"ticket-cancel\"");
        mvc.perform(post(location + "/acknowledge").param("note", "已收到").with(as("vendor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/resolve").param("note", "修复表单校验").with(as("vendor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(location), "edu.leader")).contains("id=\"ticket-confirm\"", "id=\"ticket-reopen\"");
        // a broken rule on a page: the localized message, status 400, nothing changed
        String refused = mvc.perform(post(location + "/confirm").param("satisfaction", "UNSATISFIED")
                        .with(as("edu.leader")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("不满意");
        mvc.perform(post(location + "/confirm").param("satisfaction", "VERY_SATISFIED").param("comment", "响应很快")
                .with(as("edu.leader")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(get(location), "edu.applicant")).contains("id=\"ticket-rating\"", "非常满意", "已关闭")
                .doesNotContain("id=\"ticket-confirm\"");
        // the timeline names the severity and the rating in words, never as enum constants
        String timeline = timeline(page(get(location), "edu.applicant"));
        assertThat(timeline).contains("：中", "：非常满意", "，响应很快").doesNotContain("MEDIUM", "VERY_SATISFIED");
        assertThat(timeline(page(get(location).param("lang", "en"), "edu.applicant")))
                .doesNotContain("MEDIUM", "VERY_SATISFIED", "??");

        // the list, its filters and the export
        String code = jdbc.queryForObject("select code from ops_ticket where id = ?", String.class,
                Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(page(get("/operations/tickets").param("status", "CLOSED").param("sort", "reportedAt,desc"),
                "edu.applicant")).contains(code, "aria-sort=\"descending\"");
        assertThat(page(get("/operations/tickets"), "mangshi.edu.applicant")).doesNotContain(code);
        byte[] file = mvc.perform(get("/operations/tickets/export").param("q", code).with(as("dec.reviewer")))
                .andExpect(status().isOk()).andExpect(content().contentType(Excel.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单编号");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(code);
        }
    }

    @Test
    void theVendorPublishesAShiftAndABulletinThroughTheForms() throws Exception {
        mvc.perform(post("/operations/duty").param("personName", "王工").param("phone", "0692-7654321")
                        .param("startsAt", "2026-11-26T08:00").param("endsAt", "2026-11-27T08:00")
                        .with(as("vendor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/operations/tickets"), "edu.applicant")).contains("王工", "0692-7654321");

        String location = mvc.perform(post("/operations/bulletins").param("month", "2026-09")
                        .param("title", "2026年9月安全公告").param("body", "<script>alert(1)</script>第一行\n第二行")
                        .with(as("vendor")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String bulletin = page(get(location), "edu.applicant");
        assertThat(bulletin).contains("第一行\n第二行").doesNotContain("<script>alert");
        assertThat(page(get(location), "dec.reviewer")).contains("id=\"bulletin-readers\"", "edu.applicant");
    }

    private static String timeline(String page) {
        int start = page.indexOf("id=\"ticket-timeline\"");
        assertThat(start).as("the ticket timeline").isPositive();
        return page.substring(start, page.indexOf("</ol>", start));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
