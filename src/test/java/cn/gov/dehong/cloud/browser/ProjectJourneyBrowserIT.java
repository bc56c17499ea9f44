package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A standalone project (Art. 6) in a real browser (set up like {@link TicketJourneyBrowserIT}): the unit first forgets
 * the plan document and is told so, then submits with it; the finance bureau finds the step on its to-do list and
 * gives its opinion, the DEC gives its opinion, the prefecture government approves. Screenshots under
 * {@code target/screenshots/project-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectJourneyBrowserIT {

    private static final String PASSWORD = "Demo@2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "project-journey").toAbsolutePath();
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    @LocalServerPort int port;

    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profileDir;
    private Path planFile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is required at %s: apt-get install -y chromium "
                + "chromium-driver fonts-noto-cjk", CHROMIUM).isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("ChromeDriver is required at %s", CHROMEDRIVER).isTrue();
        Files.createDirectories(SCREENSHOTS);
        profileDir = Files.createTempDirectory("dehong-chromium-");
        planFile = Files.createTempFile("project-plan-", ".pdf");
        Files.write(planFile, "%PDF-1.4\n% 项目建设方案\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profileDir);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            FileSystemUtils.deleteRecursively(profileDir.toFile());
            try {
                Files.deleteIfExists(planFile);
            } catch (IOException ignored) {
                // a temp file
            }
        }
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
        try {
            return driver.findElement(By.id("project-status")).getDomAttribute("data-status");
        } catch (org.openqa.selenium.WebDriverException pageBeingReplaced) {
            return null;
        }
    }

    private void logIn(String username) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(By.cssSelector("form[action$='/logout']"));
    }

    private void logOut() {
        click(driver.findElement(By.cssSelector("form[action$='/logout']")).findElement(By.cssSelector("button[type='submit']")));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Scrolls instantly first: Bootstrap's smooth scrolling would otherwise intercept ChromeDriver's click. */
    private void click(By locator) {
        click(wait.until(ExpectedConditions.elementToBeClickable(locator)));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
        element.click();
    }

    private void type(By locator, String text) {
        WebElement field = waitFor(locator);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", field);
        field.clear();
        field.sendKeys(text);
    }

    private void checkPage() {
        String source = driver.getPageSource();
        Matcher missing = MISSING_MESSAGE.matcher(source);
        if (missing.find()) {
            throw new AssertionError("untranslated message " + missing.group() + " on " + driver.getCurrentUrl());
        }
        assertThat(source).doesNotContain("Whitelabel Error Page").doesNotContain("Internal Server Error");
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            if (!name.startsWith("99-")) {
                throw new IllegalStateException(e);
            }
        }
    }
}
