package cn.gov.dehong.cloud.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The REST API as the integration tests drive it: demo users, JSON in and out, an application ready to submit. */
public class ApiClient {

    public static final String PASSWORD = "Demo@2026";

    private final MockMvc mvc;
    private final ObjectMapper json;

    public ApiClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public static RequestPostProcessor as(String user) {
        return httpBasic(user, PASSWORD);
    }

    public long productId(String name) throws Exception {
        for (JsonNode product : read(mvc.perform(get("/api/v1/catalog/products").with(as("edu.applicant")))
                .andExpect(status().isOk()).andReturn())) {
            if (product.get("name").asString().equals(name)) {
                return product.get("id").asLong();
            }
        }
        throw new AssertionError("no product " + name);
    }

    /** A draft with a cloud host line (2 × 4 vCPU / 8 GB / 100 GB) and a block-storage line (500 GB). */
    public long createDraft(String user, String kind, Long campaignId, boolean fundingSecured, boolean declaration,
                            String systemName) throws Exception {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", kind);
        draft.put("campaignId", campaignId);
        draft.put("systemName", systemName);
        draft.put("systemBasics", "面向全州的业务应用系统，日均访问 2 万人次");
        draft.put("networkArchitecture", "政务外网接入，前后端分离，双节点负载均衡");
        draft.put("fundSource", "州级财政预算");
        draft.put("functionalIndicators", "资源发布、检索、统计");
        draft.put("informationVolumeIndicators", "年新增数据 500GB");
        draft.put("performanceIndicators", "并发 500，响应 < 2 秒");
        draft.put("zone", "PUBLIC");
        draft.put("fundingSecured", fundingSecured);
        draft.put("noClassifiedDeclaration", declaration);
        draft.put("lines", List.of(
                Map.of("productId", productId("弹性云主机"), "vcpu", 4, "memoryGb", 8, "diskGb", 100, "bandwidthMbps", 0,
                        "quantity", 2),
                Map.of("productId", productId("弹性块存储"), "vcpu", 0, "memoryGb", 0, "diskGb", 500, "bandwidthMbps", 0,
                        "quantity", 1)));
        JsonNode created = read(mvc.perform(post("/api/v1/applications").with(as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(draft)))
                .andExpect(status().isCreated()).andReturn());
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("estimatedMonthlyFee").decimalValue()).isPositive();
        return created.get("id").asLong();
    }

    public void uploadSizingPlan(String user, long id) throws Exception {
        mvc.perform(multipart("/api/v1/applications/{id}/sizing-plan", id)
                        .file(new MockMultipartFile("file", "测算方案.pdf", "application/pdf",
                                "%PDF-1.4\n% sizing plan\n".getBytes()))
                        .with(as(user)))
                .andExpect(status().isOk());
    }

    /** A draft with its sizing plan, submitted. */
    public long submitted(String user, String kind, Long campaignId, boolean fundingSecured, String systemName)
            throws Exception {
        long id = createDraft(user, kind, campaignId, fundingSecured, true, systemName);
        uploadSizingPlan(user, id);
        call(post("/api/v1/applications/{id}/submit", id), user, null);
        return id;
    }

    /** Performs the request as {@code user} and expects 200 or 201. */
    public JsonNode call(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        request.with(as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString()).isBetween(200, 201);
        return read(result);
    }

    public JsonNode application(long id, String user) throws Exception {
        return read(mvc.perform(get("/api/v1/applications/{id}", id).with(as(user))).andExpect(status().isOk()).andReturn());
    }

    public List<String> inboxKeys(String user) throws Exception {
        JsonNode inbox = read(mvc.perform(get("/api/v1/notices?size=100").with(as(user))).andExpect(status().isOk()).andReturn());
        List<String> keys = new ArrayList<>();
        inbox.get("content").forEach(notice -> keys.add(notice.get("messageKey").asString()));
        return keys;
    }

    public static JsonNode openStep(JsonNode subject) {
        for (JsonNode step : subject.get("timeline")) {
            if (step.get("completedAt").isNull()) {
                return step;
            }
        }
        throw new AssertionError("no open step in " + subject.get("timeline"));
    }

    public JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
