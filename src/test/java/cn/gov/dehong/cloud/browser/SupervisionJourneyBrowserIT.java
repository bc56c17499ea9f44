package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision in a real browser (headless Debian Chromium, set up by {@link BrowserJourney}): the DEC opens
 * the dashboard (ECharts drawn from the local webjar under the strict CSP), finds the school's idle host in last
 * month's report and recommends downsizing it; the school accepts with a smaller size, which opens a change request.
 * Screenshots under {@code target/screenshots/supervision-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionJourneyBrowserIT extends BrowserJourney {

    SupervisionJourneyBrowserIT() {
        super("supervision-journey");
    }

    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;

    @Test
    void decRecommendsDownsizingTheUnitAcceptsAndAChangeRequestExists() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            screenshot("99-failure");
            throw new AssertionError(e.getMessage() + "\n--- browser at " + driver.getCurrentUrl() + " ---\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void journey() {
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        long instance = new OperationsFixtures(subscriptions, catalog, organization)
                .active("school.applicant", lastMonth.minusMonths(1).atDay(1));
        ServiceInstanceView view = subscriptions.instance(instance);
        for (int d = 1; d <= lastMonth.lengthOfMonth(); d++) {
            for (String metric : new String[] {"CPU", "MEMORY", "DISK"}) {
                jdbc.update("insert into ops_utilisation_daily (instance_id, instance_code, unit_id, metric,"
                                + " sample_date, sample_count, utilisation_avg, utilisation_p95, utilisation_max,"
                                + " collected_at) values (?, ?, ?, ?, ?, 288, 0.01, 0.02, 0.03, ?)",
                        instance, view.code(), view.unitId(), metric, Date.valueOf(lastMonth.atDay(d)),
                        Timestamp.from(Instant.now()));
            }
        }

        // the school registers the host's system (REST API, as its applicant): the adoption chart has a figure
        post("school.applicant", "/api/v1/security/systems", 201, "{\"name\": \"校园一卡通-" + instance + "\", \"purpose\": \"一卡通\", "
                + "\"zone\": \"PRIVATE\", \"instanceIds\": [" + instance + "], \"onCloud\": true}");
        // the month was collected late (inserted above): the DEC refreshes its monthly pre-aggregate
        post("dec.reviewer", "/api/v1/supervision/efficiency/" + lastMonth + "/refresh", 200, null);

        // 1. the DEC opens the dashboard and last month's report of the school
        logIn("dec.reviewer");
        open("/supervision/dashboard");
        wait.until(d -> "true".equals(driver.findElement(By.id("chart-adoption")).getDomAttribute("data-rendered")));
        wait.until(d -> "true".equals(driver.findElement(By.id("chart-idle-trend")).getDomAttribute("data-rendered")));
        assertThat(driver.findElements(By.cssSelector("#chart-adoption canvas, #chart-adoption svg")))
                .as("ECharts drew the adoption chart").isNotEmpty();
        checkPage();
        screenshot("01-dashboard");
        open("/supervision?unitId=" + view.unitId());
        waitFor(By.id("candidate-" + instance));
        WebElement row = driver.findElement(By.id("candidate-" + instance));
        assertThat(row.getText()).contains(view.code()).contains("闲置");
        new Select(row.findElement(By.name("kind"))).selectByValue("DOWNSIZE");
        WebElement message = row.findElement(By.name("message"));
        message.sendKeys("上月 CPU、内存利用率均低于 5%，建议降为 2 核 4 GB");
        checkPage();
        screenshot("02-report-candidate");
        click(row.findElement(By.cssSelector("button[type='submit']")));
        wait.until(ExpectedConditions.urlMatches(".*/supervision/recommendations/\\d+$"));
        String recommendationUrl = driver.getCurrentUrl();
        assertThat(waitFor(By.id("recommendation-status")).getText()).isEqualTo("待答复");
        logOut();

        // 2. the school accepts with a smaller size: a change request is opened
        logIn("school.applicant");
        driver.get(recommendationUrl);
        type(By.id("vcpu"), "2");
        type(By.id("memoryGb"), "4");
        type(By.id("diskGb"), "100");
        checkPage();
        screenshot("03-unit-answers");
        click(By.id("accept-button"));
        wait.until(d -> {
            try {
                return "已接受".equals(d.findElement(By.id("recommendation-status")).getText());
            } catch (org.openqa.selenium.WebDriverException pageBeingReplaced) {
                return false;
            }
        });
        WebElement request = waitFor(By.id("recommendation-request"));
        assertThat(request.getText()).startsWith("BG-");
        click(request);
        wait.until(ExpectedConditions.urlMatches(".*/requests/\\d+$"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(view.code());
        checkPage();
        screenshot("04-change-request");
    }

    private void post(String username, String path, int expected, String json) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
