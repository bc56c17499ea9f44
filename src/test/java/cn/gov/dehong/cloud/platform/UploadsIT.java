package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploads of the application's sizing plan and of ticket attachments: an oversize file is refused with a clear
 * message and nothing is stored; a zip bomb dressed as .docx is never expanded (refused, or kept byte for byte);
 * a path in the file name is cut to the bare name and the download serves the stored bytes only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UploadsIT {

    private static final String OWNER = "edu.applicant";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
    }

    @Test
    void sizingPlanUploads() throws Exception {
        long id = api.createDraft(OWNER, "SPECIAL", null, true, true, "上传测试系统-" + System.nanoTime());
        String url = "/api/v1/applications/" + id + "/sizing-plan";
        long stored = count("app_attachment");

        // oversize: 20 MB + 1 byte of a real PDF header
        MockHttpServletResponse tooLarge = upload(url, "方案.pdf", pdf(20 * 1024 * 1024 + 1));
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("attachment.error.tooLarge", "20");
        assertThat(count("app_attachment")).isEqualTo(stored);
        assertThat(api.application(id, OWNER).get("sizingPlan").isNull()).isTrue();

        // zip bomb: ~200 KB that inflates to 256 MB
        byte[] bomb = zipBomb("word/");
        long started = System.nanoTime();
        MockHttpServletResponse bombed = upload(url, "方案.docx", bomb);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        if (bombed.getStatus() == 200) {
            JsonNode plan = api.application(id, OWNER).get("sizingPlan");
            assertThat(plan.get("size").asLong()).as("kept as uploaded, never expanded").isEqualTo(bomb.length);
        } else {
            assertThat(bombed.getStatus()).isEqualTo(400);
        }

        // path traversal in the name
        byte[] content = pdf(64);
        assertThat(upload(url, "../../etc/passwd.pdf", content).getStatus()).isEqualTo(200);
        JsonNode plan = api.application(id, OWNER).get("sizingPlan");
        assertThat(plan.get("fileName").asString()).isEqualTo("passwd.pdf");
        MockHttpServletResponse download = mvc.perform(get(url).with(as(OWNER))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(content);
        assertThat(download.getHeader("Content-Disposition")).doesNotContain("..", "/");
        assertThat(upload(url, "..\\..\\windows\\win.ini.pdf", content).getStatus()).isIn(200, 400);
        assertThat(api.application(id, OWNER).get("sizingPlan").get("fileName").asString()).doesNotContain("..", "\\", "/");
    }

    @Test
    void ticketAttachmentUploads() throws Exception {
        long instance = new OperationsFixtures(subscriptions, catalog, organization).active(OWNER, LocalDate.of(2026, 9, 1));
        long ticket = api.call(post("/api/v1/operations/tickets"), OWNER, Map.of("instanceId", instance,
                "severity", "LOW", "title", "上传测试", "description", "附件")).get("ticket").get("id").asLong();
        String url = "/api/v1/operations/tickets/" + ticket + "/attachments";

        MockHttpServletResponse tooLarge = upload(url, "截图.pdf", pdf(10 * 1024 * 1024 + 1));
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("operations.file.error.tooLarge", "10");
        assertThat(attachments(ticket)).isEmpty();

        byte[] bomb = zipBomb("word/");
        long started = System.nanoTime();
        MockHttpServletResponse bombed = upload(url, "日志.docx", bomb);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        if (bombed.getStatus() == 200) {
            assertThat(attachments(ticket).get(0).get("size").asLong()).isEqualTo(bomb.length);
        } else {
            assertThat(bombed.getStatus()).isEqualTo(400);
            assertThat(attachments(ticket)).isEmpty();
        }

        int before = attachments(ticket).size();
        byte[] content = pdf(64);
        assertThat(upload(url, "../../etc/passwd.pdf", content).getStatus()).isEqualTo(200);
        JsonNode files = attachments(ticket);
        assertThat(files).hasSize(before + 1);
        JsonNode file = null;
        for (JsonNode f : files) {
            assertThat(f.get("fileName").asString()).doesNotContain("..", "/", "\\");
            if (f.get("fileName").asString().equals("passwd.pdf")) {
                file = f;
            }
        }
        assertThat(file).as("stored under its bare name").isNotNull();
        MockHttpServletResponse download = mvc.perform(get(url + "/" + file.get("id").asLong()).with(as(OWNER)))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(content);
        // another unit never downloads it
        assertThat(mvc.perform(get(url + "/" + file.get("id").asLong()).with(as("mangshi.edu.applicant")))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    void scanCsvImport() throws Exception {
        long instance = new OperationsFixtures(subscriptions, catalog, organization).active(OWNER, LocalDate.of(2026, 9, 1));
        long system = api.call(post("/api/v1/security/systems"), OWNER, Map.of("name", "扫描导入-" + instance,
                "purpose", "门户", "zone", "PRIVATE", "onCloud", true, "instanceIds", java.util.List.of(instance)))
                .get("id").asLong();
        String view = "/api/v1/security/systems/" + system;
        String before = api.call(get(view), OWNER, null).toString();
        String url = "/api/v1/security/systems/scans/import";

        // oversize: 1 MB + 1 byte of valid-looking lines
        StringBuilder big = new StringBuilder("systemId,scannedOn,summary\n");
        while (big.length() <= 1024 * 1024) {
            big.append(system).append(",2026-11-20,无高危漏洞\n");
        }
        MockHttpServletResponse tooLarge = upload(url, "scan.csv", big.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("security.scan.error.fileTooLarge");
        assertThat(api.call(get(view), OWNER, null).toString()).isEqualTo(before);

        // another unit's user cannot record a scan on unit A's system through the CSV
        MockHttpServletResponse foreign = mvc.perform(multipart(url).file(new MockMultipartFile("file", "../../scan.csv",
                        "text/csv", (system + ",2026-11-20,伪造的扫描结果\n").getBytes(StandardCharsets.UTF_8)))
                .with(as("mangshi.edu.applicant"))).andReturn().getResponse();
        assertThat(foreign.getStatus()).isIn(400, 403, 404);
        assertThat(foreign.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("扫描导入-");
        assertThat(api.call(get(view), OWNER, null).toString()).isEqualTo(before);

        // the owner's own small file goes through (so the refusals above are about size and ownership)
        assertThat(upload(url, "scan.csv", (system + ",2026-11-20,无高危漏洞\n").getBytes(StandardCharsets.UTF_8))
                .getStatus()).isEqualTo(200);
        assertThat(api.call(get(view), OWNER, null).toString()).isNotEqualTo(before).contains("2026-11-20");
    }

    @Test
    void projectPlanUploads() throws Exception {
        long stored = count("app_attachment");
        MockHttpServletResponse tooLarge = mvc.perform(projectForm("超大方案项目")
                .file(new MockMultipartFile("plan", "方案.pdf", "application/pdf", pdf(20 * 1024 * 1024 + 1)))
                .with(as(OWNER))).andReturn().getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8)).contains("tooLarge");
        assertThat(count("app_attachment")).isEqualTo(stored);

        byte[] content = pdf(64);
        MockHttpServletResponse created = mvc.perform(projectForm("路径穿越方案项目")
                .file(new MockMultipartFile("plan", "../../etc/passwd.pdf", "application/pdf", content))
                .with(as(OWNER))).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        String body = created.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("passwd.pdf").doesNotContain("../", "etc/passwd");
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder projectForm(
            String title) {
        var request = multipart("/api/v1/projects");
        request.param("title", title + System.nanoTime()).param("justification", "平台服务不能满足")
                .param("scope", "终端与管理平台").param("budget", "1000.00").param("plannedGoLive", "2027-06-30");
        return request;
    }

    private JsonNode attachments(long ticket) throws Exception {
        return api.call(get("/api/v1/operations/tickets/" + ticket), OWNER, null).get("attachments");
    }

    private MockHttpServletResponse upload(String url, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(url).file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as(OWNER))).andReturn().getResponse();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    /** An Office Open XML look-alike whose first part inflates to 256 MB of zeros. */
    private static byte[] zipBomb(String folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(folder + "bomb.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        return bomb;
    }
}
