package cn.gov.dehong.cloud.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The calendar API on the real schema and the shipped data. Edits are undone at the end of each test: other
 * integration tests of the same run share the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = "dehong.data-dir=./target/it-data-calendar")
class CalendarApiIT {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "Demo@2026");
    private static final RequestPostProcessor APPLICANT = httpBasic("edu.applicant", "Demo@2026");

    /** A Monday of 2026 without any listed holiday. */
    private static final String PLAIN_MONDAY = "2026-11-16";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Test
    void addWorkingDaysAcrossNationalDay2026() throws Exception {
        // 10-01..10-07 off; 10-08, 10-09, Saturday 10-10 (make-up workday), 10-12, 10-13
        mvc.perform(get("/api/v1/calendar/working-days/add").param("start", "2026-09-30").param("days", "5")
                        .with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value("2026-09-30"))
                .andExpect(jsonPath("$.days").value(5))
                .andExpect(jsonPath("$.dueDate").value("2026-10-13"))
                .andExpect(jsonPath("$.certain").value(true));
    }

    @Test
    void deadlineReaching2027IsUncertain() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/add").param("start", "2026-12-28").param("days", "5")
                        .with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2027-01-05"))
                .andExpect(jsonPath("$.certain").value(false));
    }

    @Test
    void yearShowsItsStatusAndListedDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/years/2026").with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OFFICIAL"))
                .andExpect(jsonPath("$.workingDays").value(248))
                .andExpect(jsonPath("$.days[*].date", hasItem("2026-10-10")));
        mvc.perform(get("/api/v1/calendar/years/2027").with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROVISIONAL"));
        mvc.perform(get("/api/v1/calendar/years/2040").with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MISSING"));
    }

    @Test
    void nonAdministratorCannotChangeTheCalendar() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/" + PLAIN_MONDAY).with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"测试\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/v1/calendar/days/2026-10-01").with(APPLICANT))
                .andExpect(status().isForbidden());

        assertDueDate("2026-11-13", 1, PLAIN_MONDAY);
        mvc.perform(get("/api/v1/calendar/years/2026").with(APPLICANT))
                .andExpect(jsonPath("$.days[*].date", hasItem("2026-10-01")));
    }

    @Test
    void administratorsNewHolidayCountsAtOnce() throws Exception {
        assertDueDate("2026-11-13", 1, PLAIN_MONDAY);
        try {
            mvc.perform(put("/api/v1/calendar/days/" + PLAIN_MONDAY).with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"HOLIDAY\",\"name\":\"临时放假\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kind").value("HOLIDAY"))
                    .andExpect(jsonPath("$.name").value("临时放假"));

            assertDueDate("2026-11-13", 1, "2026-11-17");
            assertThat(audit.forObject("CalendarDay", PLAIN_MONDAY)).last()
                    .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::before)
                    .containsExactly("calendar.saveDay", "admin", null);
        } finally {
            mvc.perform(delete("/api/v1/calendar/days/" + PLAIN_MONDAY).with(ADMIN))
                    .andExpect(status().isNoContent());
        }
        assertDueDate("2026-11-13", 1, PLAIN_MONDAY);
        assertThat(audit.forObject("CalendarDay", PLAIN_MONDAY)).last()
                .extracting(AuditEntry::action).isEqualTo("calendar.deleteDay");
    }

    @Test
    void malformedInputIsRejectedAndChangesNothing() throws Exception {
        String before = year2026();

        mvc.perform(put("/api/v1/calendar/days/2026-13-01").with(ADMIN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"测试\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("calendar.error.date"))
                .andExpect(jsonPath("$.detail", containsString("2026-13-01")));
        mvc.perform(put("/api/v1/calendar/days/" + PLAIN_MONDAY).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"FEAST\",\"name\":\"测试\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.error.kind"));
        mvc.perform(put("/api/v1/calendar/days/2026-11-18").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKDAY\",\"name\":\"测试\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.error.workdayOnWeekday"));
        mvc.perform(get("/api/v1/calendar/working-days/add").param("start", "30.09.2026").param("days", "5")
                        .with(APPLICANT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.error.date"));

        assertThat(year2026()).isEqualTo(before);
        assertDueDate("2026-11-13", 1, PLAIN_MONDAY);
    }

    @Test
    void importWithARowOfAnotherYearIsRejectedAndKeepsTheYear() throws Exception {
        MockMultipartFile file = csv("date,kind,name\n2027-01-01,holiday,元旦\n2026-12-31,holiday,元旦\n");

        mvc.perform(multipart("/api/v1/calendar/years/2027/import").file(file).param("status", "OFFICIAL").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.error.csv.line"))
                .andExpect(jsonPath("$.detail", containsString("3")));

        mvc.perform(get("/api/v1/calendar/years/2027").with(APPLICANT))
                .andExpect(jsonPath("$.status").value("PROVISIONAL"))
                .andExpect(jsonPath("$.days.length()").value(13));
    }

    @Test
    void importReplacesTheYear() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "2027.csv", "text/csv",
                getClass().getResourceAsStream("/calendar/cn-workday-calendar-2027-provisional.csv"));

        mvc.perform(multipart("/api/v1/calendar/years/2027/import").file(file).param("status", "PROVISIONAL")
                        .with(APPLICANT))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/calendar/years/2027/import").file(file).param("status", "PROVISIONAL")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROVISIONAL"))
                .andExpect(jsonPath("$.source").value("upload:2027.csv"))
                .andExpect(jsonPath("$.workingDays").value(254))
                .andExpect(jsonPath("$.days.length()").value(13));

        assertThat(audit.forObject("CalendarYear", 2027)).last()
                .extracting(AuditEntry::action).isEqualTo("calendar.importYear");
    }

    private void assertDueDate(String start, int days, String dueDate) throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/add").param("start", start).param("days", String.valueOf(days))
                        .with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value(dueDate));
    }

    private String year2026() throws Exception {
        return mvc.perform(get("/api/v1/calendar/years/2026").with(APPLICANT))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "calendar.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
