package cn.gov.dehong.cloud.billing;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Closing a period seals its statements with an HMAC-SM3 over all its charge lines; an amount altered in the
 * database afterwards is reported on the API and the statement page. Owns the month 2024-11 (application 887_xxx).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class StatementIntegrityIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAmountAlteredInTheDatabaseAfterClosingIsDetected() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 3, 10, 10, 0));
        UnitView edu = organization.units().stream().filter(u -> u.code().equals("5331-JTJ")).findFirst().orElseThrow();
        long productId = catalog.products().stream().filter(p -> p.name().equals("弹性块存储")).findFirst().orElseThrow().id();
        subscriptions.openForTest(887_001L, edu.id(), edu.name(), PlatformZone.PRIVATE,
                List.of(new ServiceLine(productId, "弹性块存储", new SpecValues(Map.of(SpecParameter.DISK_GB, 500)), 1,
                        new BigDecimal("200.00"))), LocalDate.of(2024, 10, 20), LocalDate.of(2024, 10, 31));
        subscriptions.goLive(887_001L, LocalDate.of(2024, 11, 1));

        mvc.perform(post("/api/v1/billing/periods/2024-11/runs").with(as("finance"))).andExpect(status().isCreated());
        // open: nothing sealed yet
        mvc.perform(get("/api/v1/billing/periods/2024-11/integrity").with(as("finance")))
                .andExpect(jsonPath("$.sealed").value(false));
        mvc.perform(post("/api/v1/billing/periods/2024-11/close").with(as("finance"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/billing/periods/2024-11/integrity").with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sealed").value(true)).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.algorithm").value("HMAC-SM3"))
                // every line of the period is sealed: this test's instance and any other test's instance running then
                .andExpect(jsonPath("$.lineCount").value(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM bil_charge_line WHERE period = '2024-11'", Integer.class)))
                .andExpect(jsonPath("$.total").value(jdbc.queryForObject(
                        "SELECT SUM(amount) FROM bil_charge_line WHERE period = '2024-11'", BigDecimal.class).doubleValue()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bil_charge_line WHERE period = '2024-11' AND amount = 200.00",
                Integer.class)).isPositive();
        mvc.perform(get("/api/v1/billing/periods/2024-11/statements/unit").with(as("auditor")))
                .andExpect(jsonPath("$.integrity.intact").value(true));
        jakarta.servlet.http.Cookie reader = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                                .user("finance").password("Demo@2026"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get("/billing/periods/2024-11/statements/unit").cookie(reader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"statement-integrity\"", "text-bg-success", "HMAC-SM3");
        assertThat(jdbc.queryForObject("SELECT mac FROM bil_period_seal WHERE period = '2024-11'", String.class))
                .hasSize(64);

        // somebody with database access lowers the amount by one fen
        jdbc.update("UPDATE bil_charge_line SET amount = amount - 0.01 WHERE period = '2024-11'");
        mvc.perform(get("/api/v1/billing/periods/2024-11/integrity").with(as("finance")))
                .andExpect(jsonPath("$.sealed").value(true)).andExpect(jsonPath("$.intact").value(false));
        mvc.perform(get("/api/v1/billing/periods/2024-11/statements/payer").with(as("dec.reviewer")))
                .andExpect(jsonPath("$.integrity.intact").value(false));
        jakarta.servlet.http.Cookie session = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                                .user("finance").password("Demo@2026"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get("/billing/periods/2024-11/statements/unit").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"statement-integrity\"", "text-bg-danger", "金额与结账时不一致");
        // put back: intact again (the MAC is over the content, not over when it was read)
        jdbc.update("UPDATE bil_charge_line SET amount = amount + 0.01 WHERE period = '2024-11'");
        mvc.perform(get("/api/v1/billing/periods/2024-11/integrity").with(as("finance")))
                .andExpect(jsonPath("$.intact").value(true));
        // any other column of the canonical content too
        jdbc.update("UPDATE bil_charge_line SET bearer_unit_id = bearer_unit_id + 1 WHERE period = '2024-11'");
        mvc.perform(get("/api/v1/billing/periods/2024-11/integrity").with(as("finance")))
                .andExpect(jsonPath("$.intact").value(false));
        // units may not read it
        mvc.perform(get("/api/v1/billing/periods/2024-11/integrity").with(as("edu.applicant")))
                .andExpect(status().isForbidden());
    }
}
