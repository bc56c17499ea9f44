package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A service ticket in a real browser (headless Debian Chromium, set up like {@link ApplicationJourneyBrowserIT}): a
 * unit reports a problem on its running service, the vendor acknowledges and resolves it, the unit confirms and
 * rates it. Screenshots under {@code target/screenshots/ticket-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TicketJourneyBrowserIT {

    private static final String PASSWORD = "Demo@2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "ticket-journey").toAbsolutePath();
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    @LocalServerPort int port;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profileDir;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is required at %s: apt-get install -y chromium "
                + "chromium-driver fonts-noto-cjk", CHROMIUM).isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("ChromeDriver is required at %s", CHROMEDRIVER).isTrue();
        Files.createDirectories(SCREENSHOTS);
        profileDir = Files.createTempDirectory("dehong-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profileDir);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // a page that reloads after a click replaces the element we are reading
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
        }
    }

    @Test
    void unitReportsVendorResolvesUnitRates() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            screenshot("99-failure");
            throw new AssertionError(e.getMessage() + "\n--- browser at " + driver.getCurrentUrl() + " ---\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void journey() {
        long instance = new OperationsFixtures(subscriptions, catalog, organization)
                .active("edu.applicant", LocalDate.now().minusMonths(2));

        // 1. the unit reports a problem on its running service
        logIn("edu.applicant");
        open("/operations/tickets/new?instanceId=" + instance);
        waitFor(By.id("ticket-form"));
        assertThat(new Select(driver.findElement(By.id("ticket-instance"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo(String.valueOf(instance));
        new Select(driver.findElement(By.id("ticket-severity"))).selectByValue("HIGH");
        type(By.id("ticket-title"), "数据库连接超时（浏览器测试）");
        type(By.id("ticket-description"), "上午九点起业务系统连接云数据库频繁超时。");
        checkPage();
        screenshot("01-ticket-form");
        click(By.id("ticket-submit"));
        wait.until(ExpectedConditions.urlMatches(".*/operations/tickets/\\d+$"));
        String ticketUrl = driver.getCurrentUrl();
        wait.until(d -> "OPEN".equals(status()));
        checkPage();
        screenshot("02-ticket-open");
        logOut();

        // 2. the vendor acknowledges and resolves it
        logIn("vendor");
        driver.get(ticketUrl);
        type(By.id("ack-note"), "已收到，正在排查。");
        click(By.id("ticket-acknowledge-submit"));
        wait.until(d -> "ACKNOWLEDGED".equals(status()));
        type(By.id("resolve-note"), "连接池参数已调整，恢复正常。");
        checkPage();
        screenshot("03-vendor-resolves");
        click(By.id("ticket-resolve-submit"));
        wait.until(d -> "RESOLVED".equals(status()));
        assertThat(driver.findElements(By.id("ticket-confirm"))).as("only the unit confirms").isEmpty();
        logOut();

        // 3. the unit confirms and rates
        logIn("edu.applicant");
        driver.get(ticketUrl);
        click(By.id("rating-VERY_SATISFIED"));
        type(By.id("rating-comment"), "响应及时。");
        click(By.id("ticket-confirm-submit"));
        wait.until(d -> "CLOSED".equals(status()));
        assertThat(waitFor(By.id("ticket-rating")).getText()).contains("非常满意").contains("响应及时。");
        assertThat(driver.findElement(By.id("ticket-timeline")).getText())
                .contains("已收到，正在排查。").contains("连接池参数已调整，恢复正常。");
        assertThat(driver.findElement(By.id("ticket-sla")).getText()).isNotBlank();
        checkPage();
        screenshot("04-ticket-closed");
    }

    /** The ticket's status on the page, or null while the page is being replaced after a form post (read again). */
    private String status() {
        try {
            return driver.findElement(By.cssSelector("main span[data-status]")).getDomAttribute("data-status");
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
