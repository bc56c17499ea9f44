package cn.gov.dehong.cloud.catalog;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.shared.Excel;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The catalog pages as a logged-in person sees them (Chinese, the default language). */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dehong.data-dir=target/it-data-catalog")
class CatalogPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removePublishedVersion() {
        jdbc.update("DELETE FROM cat_price_item WHERE version_id IN "
                + "(SELECT id FROM cat_price_list_version WHERE effective_from > DATE '2026-01-01')");
        jdbc.update("DELETE FROM cat_price_list_version WHERE effective_from > DATE '2026-01-01'");
        jdbc.update("UPDATE cat_price_list_version SET effective_to = NULL WHERE effective_from = DATE '2026-01-01'");
    }

    @Test
    void productsWithThePricesOfTheChosenVersion() throws Exception {
        String page = page(get("/catalog").param("versionId", version("2021-04-15").toString()).with(as("edu.applicant")));
        assertThat(count(page, "data-code=")).isEqualTo(22);
        assertThat(page).contains("弹性云主机", "2021年中标价格", "45.00", "长期有效", "vCPU（核）")
                .doesNotContain("??");
        // applicants see no publishing button
        assertThat(page).doesNotContain("catalog-new-version");
    }

    @Test
    void theEnglishPageIsTranslated() throws Exception {
        String page = page(get("/catalog").param("lang", "en").with(as("admin")));
        assertThat(page).contains("Procured price-list versions", "Base price (CNY/unit/month)", "Compute",
                "Publish a new price-list version").doesNotContain("??");
        assertThat(page(get("/catalog/versions/new").param("lang", "en").with(as("admin"))))
                .contains("Fill the prices from a CSV file").doesNotContain("??");
    }

    @Test
    void filtersByCategoryAndNameAndSorts() throws Exception {
        String storage = page(get("/catalog").param("category", "STORAGE").with(as("admin")));
        assertThat(codes(storage)).containsExactly("EVS", "OBS", "DSS", "CBR");

        String byName = page(get("/catalog").param("q", "云主机").with(as("admin")));
        assertThat(codes(byName)).containsExactly("ECS", "DCH");

        String sorted = page(get("/catalog").param("category", "STORAGE").param("sort", "code").param("dir", "desc")
                .with(as("admin")));
        assertThat(codes(sorted)).containsExactly("OBS", "EVS", "DSS", "CBR");
    }

    @Test
    void exportsThePriceListToExcel() throws Exception {
        byte[] file = mvc.perform(get("/catalog/export").param("versionId", version("2026-01-01").toString())
                        .with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Excel.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(22);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("产品代码");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ECS");
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(43.00);
        }
    }

    @Test
    void theFormIsPrefilledWithTheLatestPricesAndOnlyForPublishers() throws Exception {
        String form = page(get("/catalog/versions/new").with(as("dec.reviewer")));
        assertThat(form).contains("name=\"prices[" + productId("ECS") + "-VCPU]\"", "value=\"43.00\"")
                .contains("2026年中标价格", "formaction=\"/catalog/versions/new/csv\"").doesNotContain("??");

        mvc.perform(get("/catalog/versions/new").with(as("edu.applicant"))).andExpect(status().isForbidden());
        mvc.perform(post("/catalog/versions/new").with(as("edu.applicant")).with(csrf())
                .param("label", "x")).andExpect(status().isForbidden());
    }

    @Test
    void anOverlappingVersionShowsTheRuleAndKeepsTheInput() throws Exception {
        String page = page(filledForm("2025-06-01").with(as("admin")));
        assertThat(page).contains("form-errors", "价格版本不得重叠", "value=\"2027年中标价格\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cat_price_list_version", Integer.class)).isEqualTo(2);
    }

    @Test
    void aMalformedPriceNamesTheProduct() throws Exception {
        String page = page(filledForm("2027-01-01").param("prices[" + productId("EVS") + "-DISK_GB]", "0,38")
                .with(as("admin")));
        assertThat(page).contains("弹性块存储", "0,38", "格式不正确");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cat_price_list_version", Integer.class)).isEqualTo(2);
    }

    @Test
    void publishingFromTheFormShowsTheNewVersion() throws Exception {
        String location = mvc.perform(filledForm("2027-01-01").with(as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/catalog?versionId=");
        assertThat(jdbc.queryForObject("SELECT effective_to FROM cat_price_list_version "
                + "WHERE effective_from = DATE '2026-01-01'", String.class)).isEqualTo("2026-12-31");
    }

    @Test
    void aCsvFileFillsThePrices() throws Exception {
        MockMultipartFile csv = new MockMultipartFile("file", "prices.csv", "text/csv",
                "产品代码,价格构成,单价\nECS,VCPU,41.50\n".getBytes(StandardCharsets.UTF_8));
        String page = page(multipart("/catalog/versions/new/csv").file(csv).param("label", "2027年中标价格")
                .with(as("admin")).with(csrf()));
        assertThat(page).contains("value=\"41.50\"", "value=\"2027年中标价格\"").doesNotContain("form-errors");

        MockMultipartFile broken = new MockMultipartFile("file", "prices.csv", "text/csv",
                "ECS,VCPU\n".getBytes(StandardCharsets.UTF_8));
        assertThat(page(multipart("/catalog/versions/new/csv").file(broken).with(as("admin")).with(csrf())))
                .contains("CSV 文件第 1 行格式不正确");
    }

    /** The publishing form filled with the 2026 prices. */
    private MockHttpServletRequestBuilder filledForm(String effectiveFrom) {
        MockHttpServletRequestBuilder request = post("/catalog/versions/new").with(csrf())
                .param("label", "2027年中标价格")
                .param("procurementRef", "DHZC2026-G-031")
                .param("effectiveFrom", effectiveFrom);
        for (var price : jdbc.queryForList("SELECT product_id, component, unit_price FROM cat_price_item i "
                + "JOIN cat_price_list_version v ON v.id = i.version_id WHERE v.effective_from = DATE '2026-01-01'")) {
            request.param("prices[" + price.get("product_id") + "-" + price.get("component") + "]",
                    price.get("unit_price").toString());
        }
        return request;
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private Long version(String effectiveFrom) {
        return jdbc.queryForObject("SELECT id FROM cat_price_list_version WHERE effective_from = CAST(? AS DATE)",
                Long.class, effectiveFrom);
    }

    private Long productId(String code) {
        return jdbc.queryForObject("SELECT id FROM cat_product WHERE code = ?", Long.class, code);
    }

    private static List<String> codes(String page) {
        Matcher matcher = Pattern.compile("data-code=\"(\\w+)\"").matcher(page);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
