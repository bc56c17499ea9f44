package cn.gov.dehong.cloud.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Art. 24: the unit confirms password changes per cloud host and database; overdue ones flagged and told once. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PasswordRotationIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired SecurityDailyJobs jobs;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void aHostIsDueNinetyDaysAfterItStartedOverdueIsFlaggedAndToldOnceAndAConfirmationResetsIt() throws Exception {
        // a cloud host in production from 2026-09-11: its first change is due on 2026-12-10
        long host = new OperationsFixtures(subscriptions, catalog, organization)
                .active("edu.applicant", LocalDate.of(2026, 9, 1));
        long storage = objectStorage("edu.applicant");

        JsonNode rotation = rotation("edu.applicant", host, false);
        assertThat(rotation.get("dueOn").asString()).isEqualTo("2026-12-10");
        assertThat(rotation.get("overdue").asBoolean()).isFalse();
        assertThat(ids(api.call(get("/api/v1/security/password-rotations"), "edu.applicant", null)))
                .doesNotContain(storage);
        assertThat(ids(api.call(get("/api/v1/security/password-rotations"), "mangshi.edu.applicant", null)))
                .doesNotContain(host);
        mvc.perform(get("/api/v1/security/password-rotations").with(ApiClient.as("vendor")))
                .andExpect(status().isForbidden());

        clock.setShanghai(LocalDateTime.of(2026, 12, 10, 23, 0));
        assertThat(rotation("edu.applicant", host, false).get("overdue").asBoolean()).isFalse();
        clock.setShanghai(LocalDateTime.of(2026, 12, 11, 9, 0));
        assertThat(ids(api.call(get("/api/v1/security/password-rotations?overdue=true"), "edu.applicant", null)))
                .contains(host);
        assertThat(ids(api.call(get("/api/v1/security/password-rotations?overdue=true"), "dec.reviewer", null)))
                .contains(host);

        // the daily job tells the unit's leader and the DEC, once per due date
        int leaderBefore = count(api.inboxKeys("edu.leader"), "security.notice.passwordOverdue");
        int decBefore = count(api.inboxKeys("dec.reviewer"), "security.notice.passwordOverdue");
        jobs.run();
        jobs.run();
        // (other tests' hosts of the unit may fall overdue the same day: "once" is this host's audit trail below)
        assertThat(count(api.inboxKeys("edu.leader"), "security.notice.passwordOverdue")).isGreaterThanOrEqualTo(leaderBefore + 1);
        assertThat(count(api.inboxKeys("dec.reviewer"), "security.notice.passwordOverdue")).isGreaterThan(decBefore);
        assertThat(audit.forObject(PasswordRotationService.AUDIT_TYPE, host)).extracting(AuditEntry::action)
                .containsExactly("security.password.overdue");

        // the unit and the DEC see it flagged on the page
        assertThat(page("/security/passwords?overdue=true", "edu.applicant"))
                .contains("id=\"rotation-overdue-" + host + "\"", "id=\"rotation-form-" + host + "\"");
        assertThat(page("/security/passwords?overdue=true", "dec.reviewer"))
                .contains("id=\"rotation-overdue-" + host + "\"").doesNotContain("id=\"rotation-form-");
        assertThat(page("/security/passwords?lang=en", "edu.applicant")).doesNotContain("??");

        // broken rules change nothing
        expect(post("/api/v1/security/password-rotations/{id}/confirmations", host), "edu.applicant",
                Map.of("changedOn", "2026-12-12"), 400, "security.password.error.future");
        expect(post("/api/v1/security/password-rotations/{id}/confirmations", storage), "edu.applicant",
                Map.of("changedOn", "2026-12-11"), 400, "security.password.error.notTracked");
        expect(post("/api/v1/security/password-rotations/{id}/confirmations", host), "mangshi.edu.applicant",
                Map.of("changedOn", "2026-12-11"), 404, "error.object.notFound");
        expect(post("/api/v1/security/password-rotations/{id}/confirmations", host), "dec.reviewer",
                Map.of("changedOn", "2026-12-11"), 403, "error.forbidden");
        mvc.perform(post("/security/passwords/{id}", host).with(as("edu.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashError", "请填写密码更换日期"));
        assertThat(rotation("edu.applicant", host, false).get("lastChangedOn").isNull()).isTrue();

        // the unit confirms through the form: the next change is due 90 days later, nothing overdue
        mvc.perform(post("/security/passwords/{id}", host).param("changedOn", "2026-12-11").param("note", "已更换")
                        .with(as("edu.leader")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "已确认密码更换，下次应于 2027-03-11 前更换"));
        JsonNode after = rotation("edu.applicant", host, false);
        assertThat(after.get("lastChangedOn").asString()).isEqualTo("2026-12-11");
        assertThat(after.get("overdue").asBoolean()).isFalse();
        assertThat(ids(api.call(get("/api/v1/security/password-rotations?overdue=true"), "dec.reviewer", null)))
                .doesNotContain(host);

        // overdue again after the next due date: told again, once
        clock.setShanghai(LocalDateTime.of(2027, 3, 12, 9, 0));
        jobs.run();
        jobs.run();
        // (other tests' hosts of the same unit fall overdue by 2027 too, so the leader's inbox is no count for this
        // host: its own audit trail is; the first notice and the one for the new due date, never more)
        assertThat(audit.forObject(PasswordRotationService.AUDIT_TYPE, host)).extracting(AuditEntry::action)
                .containsExactly("security.password.overdue", "security.password.confirm", "security.password.overdue");
        clock.setShanghai(LocalDateTime.of(2026, 12, 12, 9, 0));
        assertThat(count(api.inboxKeys("edu.leader"), "security.notice.passwordOverdue")).isGreaterThanOrEqualTo(leaderBefore + 2);
    }

    private long objectStorage(String username) {
        UserView user = organization.user(username).orElseThrow();
        ProductView product = catalog.products().stream().filter(p -> p.code().equals("OBS")).findFirst().orElseThrow();
        return subscriptions.openForTest(960_000L + System.nanoTime() % 10_000, user.unitId(), user.unitName(),
                PlatformZone.PRIVATE, List.of(new ServiceLine(product.id(), product.name(), new SpecValues(Map.of()), 1,
                        new BigDecimal("10.00"))), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)).get(0);
    }

    private JsonNode rotation(String user, long instance, boolean overdue) throws Exception {
        return StreamSupport.stream(api.call(get("/api/v1/security/password-rotations?overdue=" + overdue), user, null)
                .spliterator(), false).filter(r -> r.get("instanceId").asLong() == instance).findFirst().orElseThrow();
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("instanceId").asLong()).toList();
    }

    private static int count(List<String> keys, String key) {
        return Collections.frequency(keys, key);
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername(username));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
