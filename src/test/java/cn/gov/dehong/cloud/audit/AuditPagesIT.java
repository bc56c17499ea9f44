package cn.gov.dehong.cloud.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import cn.gov.dehong.cloud.shared.Excel;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log page for the auditor (三员分立: the audit administrator only). Each test writes its own entries inside the test
 * transaction (rolled back afterwards), under an actor name no other test uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditPagesIT {

    private static final String ACTOR = "it.audit.probe";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void writeEntries() {
        // 02:30 UTC is 10:30 in Dehong; 17:00 UTC on 03-01 is already 03-02 in Dehong
        entry(OffsetDateTime.of(2026, 3, 1, 2, 30, 0, 0, ZoneOffset.UTC), "probe.alpha", "Thing", "7", "s=old", "s=new");
        entry(OffsetDateTime.of(2026, 3, 1, 17, 0, 0, 0, ZoneOffset.UTC), "probe.beta", "Thing", "8", null, "s=new");
        entry(OffsetDateTime.of(2026, 3, 5, 1, 0, 0, 0, ZoneOffset.UTC), "other.gamma", "Other", "9", null, null);
    }

    @Test
    @WithUserDetails("edu.applicant")
    void unitUsersMayNotReadTheLog() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("auditor")
    void showsTheEntriesInDehongTimeNewestFirst() throws Exception {
        String page = page(get("/audit").param("actor", ACTOR));
        assertThat(page).contains("id=\"audit-table\"", "2026-03-01 10:30:00", "2026-03-02 01:00:00",
                "2026-03-05 09:00:00", "s=old", "127.0.0.9").doesNotContain("??");
        assertThat(page.indexOf("other.gamma")).isLessThan(page.indexOf("probe.beta"));
        assertThat(page.indexOf("probe.beta")).isLessThan(page.indexOf("probe.alpha"));
    }

    @Test
    @WithUserDetails("auditor")
    void filtersByActionPrefixObjectAndDehongDays() throws Exception {
        String byAction = page(get("/audit").param("actor", ACTOR).param("action", "probe."));
        assertThat(byAction).contains("probe.alpha", "probe.beta").doesNotContain("other.gamma");

        String byObject = page(get("/audit").param("actor", ACTOR).param("objectType", "Thing").param("objectId", "8"));
        assertThat(byObject).contains("probe.beta").doesNotContain("probe.alpha", "other.gamma");

        // 2026-03-02 in Dehong holds only the entry written at 17:00 UTC the day before
        String byDay = page(get("/audit").param("actor", ACTOR).param("from", "2026-03-02").param("to", "2026-03-02"));
        assertThat(byDay).contains("probe.beta").doesNotContain("probe.alpha", "other.gamma");
    }

    @Test
    @WithUserDetails("auditor")
    void sortsByAWhitelistedColumnAndKeepsTheFiltersInTheLinks() throws Exception {
        String page = page(get("/audit").param("actor", ACTOR).param("sort", "action,asc"));
        assertThat(page.indexOf("other.gamma")).isLessThan(page.indexOf("probe.alpha"));
        assertThat(page.indexOf("probe.alpha")).isLessThan(page.indexOf("probe.beta"));
        assertThat(page).contains("aria-sort=\"ascending\"", "sort=action,desc", "actor=" + ACTOR);

        // an unknown column falls back to newest first instead of failing
        String unknown = page(get("/audit").param("actor", ACTOR).param("sort", "password,asc"));
        assertThat(unknown.indexOf("other.gamma")).isLessThan(unknown.indexOf("probe.alpha"));
    }

    @Test
    @WithUserDetails("auditor")
    void anInvalidDateIsShownAndIgnored() throws Exception {
        String page = page(get("/audit").param("actor", ACTOR).param("from", "2026-13-01"));
        assertThat(page).contains("id=\"audit-filter-errors\"", "is-invalid", "probe.alpha");
    }

    @Test
    @WithUserDetails("auditor")
    void exportsTheFilteredEntries() throws Exception {
        byte[] file = mvc.perform(get("/audit/export").param("actor", ACTOR).param("action", "probe."))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Excel.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间（北京时间）");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-03-02 01:00:00");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("probe.beta");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("s=old");
        }
    }

    private void entry(OffsetDateTime at, String action, String objectType, String objectId, String before,
                       String after) {
        jdbc.update("INSERT INTO audit_record (occurred_at, actor, actor_unit_id, action, object_type, object_id, "
                        + "before_state, after_state, ip_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                at, ACTOR, 1L, action, objectType, objectId, before, after, "127.0.0.9");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
