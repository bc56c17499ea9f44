package cn.gov.dehong.cloud.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The catalog API on the real schema and the shipped products and price lists. A published version is removed at
 * the end of its test: other integration tests of the same run share the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dehong.data-dir=target/it-data-catalog")
class CatalogApiIT {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "Demo@2026");
    private static final RequestPostProcessor REVIEWER = httpBasic("dec.reviewer", "Demo@2026");
    private static final RequestPostProcessor APPLICANT = httpBasic("edu.applicant", "Demo@2026");

    /** Far enough ahead that the test version cannot change a fee another test computes. */
    private static final String TEST_VERSION_START = "2099-01-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    private Long publishedVersionId;

    @AfterEach
    void removePublishedVersion() {
        if (publishedVersionId != null) {
            jdbc.update("DELETE FROM cat_price_item WHERE version_id = ?", publishedVersionId);
            jdbc.update("DELETE FROM cat_price_list_version WHERE id = ?", publishedVersionId);
            jdbc.update("UPDATE cat_price_list_version SET effective_to = NULL WHERE effective_from = DATE '2026-01-01'");
        }
    }

    @Test
    void listsTheTwentyTwoProductsOfArticle4() throws Exception {
        mvc.perform(get("/api/v1/catalog/products").with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(22))
                .andExpect(jsonPath("$[0].code").value("ECS"))
                .andExpect(jsonPath("$[0].name").value("弹性云主机"))
                .andExpect(jsonPath("$[0].billingUnit").value("台"))
                .andExpect(jsonPath("$[0].parameters.length()").value(3))
                .andExpect(jsonPath("$[21].name").value("IDC托管"));

        Long evs = productId("EVS");
        mvc.perform(get("/api/v1/catalog/products/{id}", evs).with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("弹性块存储"))
                .andExpect(jsonPath("$.parameters[0]").value("DISK_GB"));
    }

    @Test
    void unknownProductOrVersionIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/catalog/products/999999").with(APPLICANT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("catalog.error.productNotFound"));
        mvc.perform(get("/api/v1/catalog/price-lists/999999").with(APPLICANT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("catalog.error.versionNotFound"));
    }

    @Test
    void quoteUsesTheVersionInForceOnTheDay() throws Exception {
        Long ecs = productId("ECS");
        // 2021 version: 2 × (4 × 45.00 + 8 × 18.00 + 100 × 0.35) = 2 × 359.00
        quote(ecs, 2, "2025-06-01", "VCPU", "4", "MEMORY_GB", "8", "DISK_GB", "100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthlyFee").value(718.00));
        // 2026 version: 2 × (4 × 43.00 + 8 × 17.00 + 100 × 0.33) = 2 × 341.00
        quote(ecs, 2, "2026-06-01", "VCPU", "4", "MEMORY_GB", "8", "DISK_GB", "100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthlyFee").value(682.00));
        // last and first day of the two versions
        quote(ecs, 1, "2025-12-31", "VCPU", "1").andExpect(jsonPath("$.monthlyFee").value(45.00));
        quote(ecs, 1, "2026-01-01", "VCPU", "1").andExpect(jsonPath("$.monthlyFee").value(43.00));
        // 2026: 285.00 + 50 × 19.00
        quote(productId("DC"), 1, "2026-06-01", "BANDWIDTH_MBPS", "50")
                .andExpect(jsonPath("$.monthlyFee").value(1235.00));
        // 2026: 3 × 2660.00
        quote(productId("BMS"), 3, "2026-06-01").andExpect(jsonPath("$.monthlyFee").value(7980.00));
    }

    @Test
    void quoteWithoutAPriceOrWithABadQuantityIsRejected() throws Exception {
        quote(productId("ECS"), 1, "2021-04-14", "VCPU", "4")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.error.noPrice"));
        quote(productId("ECS"), 0, "2026-06-01", "VCPU", "4")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.error.quantity"));
        quote(999999L, 1, "2026-06-01")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("catalog.error.productNotFound"));
    }

    @Test
    void overlappingVersionIsRejectedAndNothingChanges() throws Exception {
        String before = priceListsJson();

        mvc.perform(post("/api/v1/catalog/price-lists").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(publishRequest("2025-06-01", "重叠版本")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("catalog.error.overlap"))
                .andExpect(jsonPath("$.detail").isNotEmpty());

        assertThat(priceListsJson()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPriceMissingOrNegativeIsRejected() throws Exception {
        String before = priceListsJson();
        Map<String, Object> request = json.readValue(publishRequest(TEST_VERSION_START, "缺价版本"), Map.class);
        List<?> prices = (List<?>) request.get("prices");

        request.put("prices", prices.subList(1, prices.size()));
        mvc.perform(post("/api/v1/catalog/price-lists").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(request)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.error.missingPrice"));

        List<Object> negative = new ArrayList<>(prices);
        Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) prices.get(0));
        first.put("unitPrice", -1);
        negative.set(0, first);
        request.put("prices", negative);
        mvc.perform(post("/api/v1/catalog/price-lists").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(request)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.error.negativePrice"));

        assertThat(priceListsJson()).isEqualTo(before);
    }

    @Test
    void aUnitApplicantCannotPublish() throws Exception {
        String before = priceListsJson();
        mvc.perform(post("/api/v1/catalog/price-lists").with(APPLICANT).contentType(MediaType.APPLICATION_JSON)
                        .content(publishRequest(TEST_VERSION_START, "无权发布")))
                .andExpect(status().isForbidden());
        assertThat(priceListsJson()).isEqualTo(before);
    }

    @Test
    void publishingClosesThePreviousVersion() throws Exception {
        var response = mvc.perform(post("/api/v1/catalog/price-lists").with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(publishRequest(TEST_VERSION_START, "2099年测试价格")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.label").value("2099年测试价格"))
                .andExpect(jsonPath("$.effectiveFrom").value(TEST_VERSION_START))
                .andExpect(jsonPath("$.effectiveTo").isEmpty())
                .andExpect(jsonPath("$.publishedBy").value("dec.reviewer"))
                .andReturn().getResponse();
        publishedVersionId = json.readTree(response.getContentAsString()).get("id").asLong();
        assertThat(response.getHeader("Location")).endsWith("/api/v1/catalog/price-lists/" + publishedVersionId);

        JsonNode versions = json.readTree(priceListsJson());
        assertThat(versions.get(0).get("id").asLong()).isEqualTo(publishedVersionId);
        assertThat(versions.get(1).get("label").asString()).isEqualTo("2026年中标价格");
        assertThat(versions.get(1).get("effectiveTo").asString()).isEqualTo("2098-12-31");

        Long ecs = productId("ECS");
        // the 2026 version still applies up to the day before; the new one (2026 prices + 1.00) from its start
        quote(ecs, 1, "2098-12-31", "VCPU", "1").andExpect(jsonPath("$.monthlyFee").value(43.00));
        quote(ecs, 1, TEST_VERSION_START, "VCPU", "1").andExpect(jsonPath("$.monthlyFee").value(45.00));

        mvc.perform(get("/api/v1/catalog/price-lists/{id}", publishedVersionId).with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.label").value("2099年测试价格"))
                .andExpect(jsonPath("$.items.length()").value(34));

        List<AuditEntry> published = audit.forObject("PriceListVersion", publishedVersionId);
        assertThat(published).extracting(AuditEntry::action).containsExactly("catalog.priceList.publish");
        Long previousId = versions.get(1).get("id").asLong();
        assertThat(audit.forObject("PriceListVersion", previousId)).extracting(AuditEntry::action)
                .contains("catalog.priceList.close");
    }

    /** A request with the prices of the 2026 version, each raised by 1.00 so that the test can tell them apart. */
    private String publishRequest(String effectiveFrom, String label) throws Exception {
        Long version2026 = null;
        for (JsonNode version : json.readTree(priceListsJson())) {
            if (version.get("effectiveFrom").asString().equals("2026-01-01")) {
                version2026 = version.get("id").asLong();
            }
        }
        JsonNode items = json.readTree(mvc.perform(get("/api/v1/catalog/price-lists/{id}", version2026).with(ADMIN))
                .andReturn().getResponse().getContentAsString()).get("items");
        List<Map<String, Object>> prices = new ArrayList<>();
        for (JsonNode item : items) {
            prices.add(Map.of("productId", item.get("productId").asLong(),
                    "component", item.get("component").asString(),
                    "unitPrice", new BigDecimal(item.get("unitPrice").asString()).add(BigDecimal.ONE)));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("label", label);
        request.put("effectiveFrom", effectiveFrom);
        request.put("procurementRef", "TEST-" + effectiveFrom);
        request.put("prices", prices);
        return json.writeValueAsString(request);
    }

    private ResultActions quote(Long productId, int quantity, String date, String... spec) throws Exception {
        var request = get("/api/v1/catalog/quote").with(APPLICANT)
                .param("productId", productId.toString())
                .param("quantity", Integer.toString(quantity))
                .param("date", date);
        for (int i = 0; i < spec.length; i += 2) {
            request.param(spec[i], spec[i + 1]);
        }
        return mvc.perform(request);
    }

    private String priceListsJson() throws Exception {
        return mvc.perform(get("/api/v1/catalog/price-lists").with(APPLICANT))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Long productId(String code) throws Exception {
        JsonNode products = json.readTree(mvc.perform(get("/api/v1/catalog/products").with(APPLICANT))
                .andReturn().getResponse().getContentAsString());
        for (JsonNode product : products) {
            if (product.get("code").asString().equals(code)) {
                return product.get("id").asLong();
            }
        }
        throw new IllegalArgumentException(code);
    }
}
