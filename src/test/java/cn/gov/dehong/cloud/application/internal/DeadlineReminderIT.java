package cn.gov.dehong.cloud.application.internal;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Every open step shows its due date; the assignee is reminded once before it; overdue steps are listed for the DEC. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class DeadlineReminderIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired StepService steps;

    @Test
    void theAcceptorIsRemindedOnceBeforeTheDueDateAndTheDecSeesTheStepWhenOverdue() throws Exception {
        ApiClient api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 9, 28, 10, 0));
        long id = api.submitted("tax.applicant", "SPECIAL", null, true, "税务征管数据平台");
        JsonNode step = ApiClient.openStep(api.application(id, "tax.applicant"));
        assertThat(step.get("stepKey").asString()).isEqualTo("acceptance");
        assertThat(step.get("dueDate").asString()).isEqualTo("2026-10-10");
        String code = api.application(id, "tax.applicant").get("code").asString();

        // two working days before the due date: no reminder yet
        clock.setShanghai(LocalDateTime.of(2026, 10, 8, 9, 0));
        steps.sendReminders();
        assertThat(reminders(api, code)).isZero();

        // one working day before (Friday 10-09; the due day 10-10 is a make-up Saturday): reminded, once
        clock.setShanghai(LocalDateTime.of(2026, 10, 9, 9, 0));
        steps.sendReminders();
        steps.sendReminders();
        assertThat(reminders(api, code)).isEqualTo(1);

        // not overdue on the due day itself
        clock.setShanghai(LocalDateTime.of(2026, 10, 10, 18, 0));
        assertThat(overdueCodes(api)).doesNotContain(code);

        clock.setShanghai(LocalDateTime.of(2026, 10, 12, 9, 0));
        assertThat(overdueCodes(api)).contains(code);
        mvc.perform(get("/api/v1/tasks/overdue").with(as("tax.applicant"))).andExpect(status().isForbidden());
    }

    @Test
    void aDeadlineInAYearWithoutItsOfficialArrangementIsMarkedProvisional() throws Exception {
        ApiClient api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 12, 28, 10, 0));
        long id = api.submitted("edu.applicant", "SPECIAL", null, true, "跨年申请系统");
        JsonNode step = ApiClient.openStep(api.application(id, "edu.applicant"));
        // 12-29, 12-30, 12-31, (2027-01-01 statutory holiday), 01-04, 01-05
        assertThat(step.get("dueDate").asString()).isEqualTo("2027-01-05");
        assertThat(step.get("dueCertain").asBoolean()).isFalse();
    }

    private long reminders(ApiClient api, String code) throws Exception {
        JsonNode inbox = api.read(mvc.perform(get("/api/v1/notices?size=200").with(as("dec.acceptor")))
                .andExpect(status().isOk()).andReturn());
        long count = 0;
        for (JsonNode notice : inbox.get("content")) {
            if (notice.get("messageKey").asString().equals("notice.reminder")
                    && notice.get("arguments").get(0).asString().equals(code)) {
                count++;
            }
        }
        return count;
    }

    private java.util.List<String> overdueCodes(ApiClient api) throws Exception {
        JsonNode page = api.read(mvc.perform(get("/api/v1/tasks/overdue?size=200").with(as("dec.reviewer")))
                .andExpect(status().isOk()).andReturn());
        java.util.List<String> codes = new java.util.ArrayList<>();
        page.get("content").forEach(step -> codes.add(step.get("subjectCode").asString()));
        return codes;
    }
}
