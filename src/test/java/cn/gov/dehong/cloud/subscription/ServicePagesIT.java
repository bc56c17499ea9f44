package cn.gov.dehong.cloud.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.Excel;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The service instance list and detail pages, within the caller's data scope. */
@SpringBootTest
@AutoConfigureMockMvc
class ServicePagesIT {

    /** Far above the ids the lifecycle tests create, so the instance code is unique. */
    private static final long APPLICATION_ID = 990_001L;

    @Autowired
    MockMvc mvc;

    @Autowired
    SubscriptionManagement subscriptions;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    UserDetailsService accounts;

    @Test
    @WithUserDetails("edu.applicant")
    void theListRendersForAUnitUser() throws Exception {
        assertThat(page(get("/services"))).contains("id=\"services-filter\"", "正式运行", "专有云")
                .doesNotContain("??");
        assertThat(page(get("/services").param("lang", "en"))).contains("Service instances").doesNotContain("??");
    }

    @Test
    @WithUserDetails("edu.applicant")
    void anUnknownInstanceIsNotFound() throws Exception {
        mvc.perform(get("/services/999999")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("edu.applicant")
    void anUnknownFilterValueIsABadRequest() throws Exception {
        mvc.perform(get("/services").param("status", "RUNNING")).andExpect(status().isBadRequest());
    }

    /** Opened and gone live inside the test transaction, rolled back afterwards. */
    @Test
    @Transactional
    void anActiveInstanceOfTheOwnUnit() throws Exception {
        Long id = openActiveInstance();
        String code = subscriptions.instance(id).code();

        String list = page(get("/services").with(as("edu.applicant")));
        assertThat(list).contains("data-code=\"" + code + "\"", "href=\"/services/" + id + "\"", "1,234.50 元");
        assertThat(page(get("/services").param("zone", "PUBLIC").with(as("edu.applicant"))))
                .doesNotContain(code);
        assertThat(page(get("/services").param("status", "ACTIVE").param("q", "云主机").param("sort", "billingStart,desc")
                .with(as("edu.applicant")))).contains(code, "aria-sort=\"descending\"");

        String detail = page(get("/services/" + id).with(as("edu.applicant")));
        assertThat(detail).contains(code, "弹性云主机", "专有云", "vCPU（核）", "内存（GB）", "1,234.50 元",
                        "2026-04-01", "2026-04-10", "2026-04-11", "data-status=\"ACTIVE\"", "id=\"service-history\"",
                        "测试中", "href=\"/applications/" + APPLICATION_ID + "\"",
                        "href=\"/requests/new?type=CHANGE&amp;instanceId=" + id + "\"",
                        "href=\"/requests/new?type=TERMINATION&amp;instanceId=" + id + "\"")
                .doesNotContain("??");

        // the vendor sees the instance but may not ask for a change; another county does not see it at all
        assertThat(page(get("/services/" + id).with(as("vendor")))).contains(code).doesNotContain("/requests/new");
        mvc.perform(get("/services/" + id).with(as("mangshi.aggregator"))).andExpect(status().isNotFound());
        assertThat(page(get("/services").with(as("mangshi.aggregator")))).doesNotContain(code);

        byte[] file = mvc.perform(get("/services/export").param("status", "ACTIVE").with(as("edu.applicant")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Excel.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("实例编号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(code);
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(1234.50);
        }
    }

    private Long openActiveInstance() {
        var unit = organization.user("edu.applicant").orElseThrow();
        List<Long> ids = subscriptions.openForTest(APPLICATION_ID, unit.unitId(), unit.unitName(), PlatformZone.PRIVATE,
                List.of(new ServiceLine(1L, "弹性云主机",
                        new SpecValues(Map.of(SpecParameter.VCPU, 4, SpecParameter.MEMORY_GB, 8)), 2,
                        new BigDecimal("1234.50"))),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10));
        subscriptions.goLive(APPLICATION_ID, LocalDate.of(2026, 4, 11));
        return ids.get(0);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The real principal of a demo user, for switching users within one test. */
    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
