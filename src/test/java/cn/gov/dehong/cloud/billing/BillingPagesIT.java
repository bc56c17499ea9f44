package cn.gov.dehong.cloud.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.Excel;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The billing pages in both languages for finance, the vendor and a unit; a run and a broken rule from a form. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class BillingPagesIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;

    @BeforeEach
    void setUp() {
        clock.setShanghai(LocalDateTime.of(2026, 3, 10, 10, 0));
    }

    @Test
    void financeRunsAPeriodFromThePageAndEveryPageRenders() throws Exception {
        UnitView market = organization.units().stream().filter(unit -> unit.code().equals("5331-SJJ")).findFirst().orElseThrow();
        List<Long> ids = subscriptions.openForTest(886_001L, market.id(), market.name(), PlatformZone.PUBLIC,
                List.of(new ServiceLine(1L, "弹性云主机", new SpecValues(Map.of(SpecParameter.VCPU, 2,
                        SpecParameter.MEMORY_GB, 4)), 1, new BigDecimal("162.00"))),
                LocalDate.of(2025, 9, 20), LocalDate.of(2025, 9, 29));
        subscriptions.goLive(886_001L, LocalDate.of(2025, 9, 30));
        subscriptions.terminate(ids.get(0), LocalDate.of(2025, 10, 31), "测试结束");

        mvc.perform(post("/billing/periods/run").param("period", "2027-01").with(as("finance")).with(csrf()))
                .andExpect(redirectedUrl("/billing/periods"))
                .andExpect(flash().attribute("flashError", "账期 2027-01 尚未结束，只能对已结束的月份计费"));
        mvc.perform(post("/billing/periods/run").param("period", "2025-10").with(as("edu.applicant")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/billing/periods/run").param("period", "2025-10").with(as("finance")).with(csrf()))
                .andExpect(redirectedUrl("/billing/periods/2025-10"))
                .andExpect(flash().attributeExists("flashMessage"));

        for (String lang : List.of("zh_CN", "en")) {
            for (String url : List.of("/billing", "/billing/periods", "/billing/periods/2025-10",
                    "/billing/periods/2025-10/statements/payer", "/billing/periods/2025-10/statements/unit",
                    "/billing/periods/2025-10/statements/county", "/billing/periods/2025-10/statements/product",
                    "/billing/periods/2025-10/lines?sort=amount,desc", "/billing/periods/2025-10/vendor",
                    "/billing/budgets?year=2025", "/billing/joint-rules", "/billing/penalties", "/billing/changes",
                    "/billing/my-bill?period=2025-10&unitId=" + market.id())) {
                page(get(url).param("lang", lang), "finance");
            }
            page(get("/billing/periods/2025-10/vendor").param("lang", lang), "vendor");
            page(get("/billing").param("lang", lang), "edu.applicant");
            page(get("/billing/my-bill").param("lang", lang), "edu.applicant");
            page(get("/billing/my-budget").param("lang", lang), "edu.applicant");
            page(get("/billing/my-budget").param("lang", lang), "edu.leader");
        }
        assertThat(page(get("/billing/periods/2025-10/lines"), "finance")).contains(subscriptions.instance(ids.get(0)).code(),
                "¥162.00");
        assertThat(page(get("/billing/periods/2025-10/vendor"), "vendor")).contains("确认全部待确认明细", "争议理由");
        assertThat(page(get("/billing"), "vendor")).contains("供应商结算单").doesNotContain("预算执行");
        mvc.perform(get("/billing/periods").with(as("edu.applicant"))).andExpect(status().isForbidden());
        mvc.perform(get("/billing/my-bill").param("period", "2025-10").param("unitId", String.valueOf(market.id()))
                .with(as("mangshi.edu.applicant"))).andExpect(status().isNotFound());

        for (String url : List.of("/billing/periods/2025-10/statements/county/xlsx", "/billing/periods/2025-10/vendor/xlsx",
                "/billing/budgets/xlsx?year=2025", "/billing/periods/2025-10/lines/xlsx")) {
            mvc.perform(get(url).with(as("finance"))).andExpect(status().isOk())
                    .andExpect(content().contentType(Excel.XLSX));
        }
        for (String url : List.of("/billing/periods/2025-10/statements/unit/pdf", "/billing/periods/2025-10/vendor/pdf",
                "/billing/my-bill/pdf?period=2025-10&unitId=" + market.id())) {
            mvc.perform(get(url).with(as("finance"))).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        }
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        String html = mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as(username).doesNotContain("??");
        return html;
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
