package cn.gov.dehong.cloud.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administration page: readable by everyone logged in, forms for system administrators only, errors localized. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = "dehong.data-dir=./target/it-data-calendar")
class CalendarPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void everyoneSeesTheYearAndTheWarningAboutProvisionalYears() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").with(as("edu.applicant")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026 年工作日历")))
                .andExpect(content().string(containsString("248 天")))
                .andExpect(content().string(containsString("id=\"day-2026-10-10\"")))
                .andExpect(content().string(containsString("id=\"calendar-warning\"")))
                .andExpect(content().string(containsString("2027 年：暂定")))
                .andExpect(content().string(not(containsString("id=\"day-form\""))));
    }

    @Test
    void administratorGetsTheForms() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("edit", "2026-10-10").param("lang", "en")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-form\"")))
                .andExpect(content().string(containsString("id=\"import-form\"")))
                .andExpect(content().string(containsString("value=\"2026-10-10\"")))
                .andExpect(content().string(containsString("action=\"/calendar/days/2026-10-10/delete\"")))
                .andExpect(content().string(containsString("Make-up workday")));
    }

    @Test
    void onlyAdministratorsChangeDays() throws Exception {
        mvc.perform(post("/calendar/days").with(as("edu.applicant")).with(csrf())
                        .param("date", "2026-11-16").param("kind", "HOLIDAY").param("name", "测试"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                        .param("date", "2026-11-16").param("kind", "HOLIDAY").param("name", "测试"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar?year=2026"))
                .andExpect(flash().attribute("flashMessage", "已保存 2026-11-16"));
        mvc.perform(post("/calendar/days/2026-11-16/delete").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/calendar/days").with(as("admin"))
                        .param("date", "2026-11-16").param("kind", "HOLIDAY").param("name", "测试"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputShowsTheLocalizedReason() throws Exception {
        mvc.perform(post("/calendar/days").with(as("admin")).with(csrf())
                        .param("date", "2026-13-01").param("kind", "HOLIDAY").param("name", "测试"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期“2026-13-01”无效")));

        MockMultipartFile file = new MockMultipartFile("file", "2027.csv", "text/csv",
                "2027-01-01,holiday,元旦\n2027-01-04,feast,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/calendar/years/2027/import").file(file).param("status", "OFFICIAL")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第 2 行：类型“feast”无效")));
        mvc.perform(get("/calendar").param("year", "2027").with(as("admin")))
                .andExpect(content().string(containsString("暂定")));
    }
}
