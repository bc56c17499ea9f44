package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A standalone project (Art. 6) in a real browser (set up by {@link BrowserJourney}): the unit first forgets
 * the plan document and is told so, then submits with it; the finance bureau finds the step on its to-do list and
 * gives its opinion, the DEC gives its opinion, the prefecture government approves. Screenshots under
 * {@code target/screenshots/project-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectJourneyBrowserIT extends BrowserJourney {

    ProjectJourneyBrowserIT() {
        super("project-journey");
    }

    private Path planFile;

    @BeforeEach
    void writePlan() throws IOException {
        planFile = Files.createTempFile("project-plan-", ".pdf");
        Files.write(planFile, "%PDF-1.4\n% 项目建设方案\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @AfterEach
    void deletePlan() throws IOException {
        Files.deleteIfExists(planFile);
    }

    @Test
    void unitSubmitsDecAndFinanceGiveOpinionsGovernmentApproves() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            screenshot("99-failure");
            throw new AssertionError(e.getMessage() + "\n--- browser at " + driver.getCurrentUrl() + " ---\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void journey() {
        String title = "应急指挥视频系统（浏览器测试 " + System.nanoTime() + "）";

        // 1. the unit fills the plan but forgets the plan document: told so, nothing stored
        logIn("edu.applicant");
        open("/projects");
        fillPlan(title);
        checkPage();
        screenshot("01-project-form");
        click(By.id("submit-project"));
        assertThat(waitFor(By.id("error-message")).getText()).contains("项目建设方案");
        screenshot("02-plan-missing");
        open("/projects");
        assertThat(driver.getPageSource()).doesNotContain(title);

        // 2. with the plan document
        fillPlan(title);
        driver.findElement(By.id("plan")).sendKeys(planFile.toString());
        click(By.id("submit-project"));
        wait.until(ExpectedConditions.urlMatches(".*/projects/\\d+$"));
        String projectUrl = driver.getCurrentUrl();
        wait.until(d -> "REVIEW".equals(status()));
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("财政局审核意见").contains("数字经济发展中心审核意见");
        checkPage();
        screenshot("03-submitted");
        logOut();

        // 3. the finance bureau finds the step on its to-do list and gives its opinion
        logIn("finance");
        open("/tasks?size=500");
        click(By.cssSelector("a[href='" + projectUrl.substring(projectUrl.indexOf("/projects/")) + "']"));
        type(By.id("opinion"), "资金已列入部门预算。");
        screenshot("04-finance-opinion");
        click(By.id("opinion-support"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-FINANCE")));
        assertThat(status()).isEqualTo("REVIEW");
        logOut();

        // 4. the DEC gives its opinion: the plan goes to the government
        logIn("dec.reviewer");
        driver.get(projectUrl);
        type(By.id("opinion"), "平台视频会议服务不支持该并发规模，同意单独建设。");
        click(By.id("opinion-support"));
        wait.until(d -> "GOVERNMENT_APPROVAL".equals(status()));
        logOut();

        // 5. the prefecture government approves
        logIn("gov.approver");
        driver.get(projectUrl);
        type(By.id("decision-comment"), "同意建设。");
        checkPage();
        screenshot("05-government-decides");
        click(By.id("decision-approve"));
        wait.until(d -> "APPROVED".equals(status()));
        assertThat(waitFor(By.id("project-decision")).getText()).contains("已批准").contains("同意建设。");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
        checkPage();
        screenshot("06-approved");
    }

    private void fillPlan(String title) {
        type(By.id("title"), title);
        type(By.id("budget"), "1280000.50");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                waitFor(By.id("plannedGoLive")), LocalDate.now().plusYears(1).toString());
        type(By.id("justification"), "平台视频会议服务不支持 1000 路并发和专网接入。");
        type(By.id("scope"), "会商终端 200 套、管理平台一套。");
    }

    private String status() {
        return statusOf(By.id("project-status"));
    }
}
