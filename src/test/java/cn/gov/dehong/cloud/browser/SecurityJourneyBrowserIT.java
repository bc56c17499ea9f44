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
 * Security in a real browser (headless Debian Chromium, set up like {@link TicketJourneyBrowserIT}): a unit registers
 * the application system on its cloud host; a vendor operator requests access to the host, the unit leader approves,
 * and only then does the operator see the resource; a security department inspects, records a high-risk finding,
 * and the service shows suspended. Screenshots under {@code target/screenshots/security-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityJourneyBrowserIT {

    private static final String PASSWORD = "Demo@2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "security-journey").toAbsolutePath();
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
    void vendorGetsAccessOnlyWhenTheUnitApprovesAndAHighRiskFindingSuspendsTheService() throws Exception {
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
        String code = subscriptions.instance(instance).code();
        String systemName = "浏览器测试系统-" + instance;

        // 1. the unit registers its application system on the host, with the three responsible persons
        logIn("edu.applicant");
        open("/security");
        click(By.id("system-new"));
        waitFor(By.id("system-form"));
        type(By.id("system-name"), systemName);
        new Select(driver.findElement(By.id("system-zone"))).selectByValue("PRIVATE");
        type(By.id("system-purpose"), "学籍管理");
        click(By.id("system-onCloud"));
        new Select(driver.findElement(By.id("system-instances"))).selectByValue(String.valueOf(instance));
        type(By.id("admin-name"), "李明");
        type(By.id("admin-phone"), "13800001234");
        type(By.id("secrecy-name"), "王红");
        type(By.id("secrecy-phone"), "13800005678");
        type(By.id("audit-name"), "赵强");
        type(By.id("audit-phone"), "13900001234");
        checkPage();
        screenshot("01-system-form");
        click(By.id("system-submit"));
        wait.until(ExpectedConditions.urlMatches(".*/security/systems/\\d+$"));
        String systemId = driver.getCurrentUrl().replaceAll(".*/", "");
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains(systemName);
        logOut();

        // 2. the vendor operator does not see the host, and requests access to it
        logIn("vendor");
        open("/security");
        assertThat(driver.findElements(By.id("resource-" + instance))).as("no grant, no resource").isEmpty();
        new Select(driver.findElement(By.id("grant-instance"))).selectByValue(String.valueOf(instance));
        type(By.id("grant-purpose"), "排查数据库慢查询");
        click(By.id("grant-action-READ"));
        checkPage();
        screenshot("02-vendor-requests");
        click(By.id("grant-submit"));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("等待使用单位负责人审批");
        assertThat(driver.findElements(By.id("resource-" + instance))).as("not before the approval").isEmpty();
        logOut();

        // 3. the unit leader approves
        logIn("edu.leader");
        open("/security");
        WebElement approve = waitFor(By.xpath("//tr[td[2][normalize-space()='" + code + "']]"
                + "//button[starts-with(@id, 'grant-approve-submit-')]"));
        checkPage();
        screenshot("03-leader-approves");
        click(approve);
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("已同意授权");
        logOut();

        // 4. now the operator sees the resource
        logIn("vendor");
        open("/security");
        assertThat(waitFor(By.id("resource-" + instance)).getText()).contains(code);
        checkPage();
        screenshot("04-vendor-sees-resource");
        logOut();

        // 5. the security department inspects the system and records a high-risk finding: the service is suspended
        logIn("security");
        open("/security");
        String title = "浏览器测试检查-" + instance;
        type(By.id("inspection-title"), title);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("inspection-date")), LocalDate.now().toString());
        new Select(driver.findElement(By.id("inspection-systems"))).selectByValue(systemId);
        click(By.id("inspection-submit"));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("检查计划已制定");
        WebElement inspection = waitFor(By.xpath("//div[starts-with(@id, 'inspection-')][.//strong[normalize-space()='"
                + title + "']]"));
        new Select(inspection.findElement(By.name("systemId"))).selectByValue(systemId);
        new Select(inspection.findElement(By.name("risk"))).selectByValue("HIGH");
        WebElement description = inspection.findElement(By.name("description"));
        description.sendKeys("存在未授权访问漏洞");
        checkPage();
        screenshot("05-finding-form");
        click(inspection.findElement(By.cssSelector("button[type='submit']")));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("已暂停 1 个云服务实例");
        logOut();

        logIn("edu.applicant");
        open("/services/" + instance);
        wait.until(d -> "SUSPENDED".equals(status()));
        checkPage();
        screenshot("06-service-suspended");
        open("/security");
        assertThat(driver.findElements(By.cssSelector("[id^='finding-suspended-']"))).isNotEmpty();
    }

    /** The service's status on its page, or null while the page is being replaced (read again). */
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

    /** Back to the top first: a redirect to an anchor (#grants) may still be scrolling smoothly. */
    private void logOut() {
        ((JavascriptExecutor) driver).executeScript(
                "document.documentElement.style.scrollBehavior = 'auto'; window.scrollTo(0, 0)");
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
