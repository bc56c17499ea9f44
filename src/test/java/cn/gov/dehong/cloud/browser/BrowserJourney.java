package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * What every user journey in a real browser shares: headless Debian Chromium and ChromeDriver, a fresh profile per
 * test, logging in and out through the login form, waiting, clicking, typing, a check that a page has no untranslated
 * message or error page, and screenshots under {@code target/screenshots/<journey>/}.
 */
abstract class BrowserJourney {

    protected static final String PASSWORD = "Demo@2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    @LocalServerPort protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private final Path screenshots;
    private ChromeDriverService service;
    private Path profileDir;

    protected BrowserJourney(String journey) {
        this.screenshots = Path.of("target", "screenshots", journey).toAbsolutePath();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is required at %s: apt-get install -y chromium "
                + "chromium-driver fonts-noto-cjk", CHROMIUM).isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("ChromeDriver is required at %s", CHROMEDRIVER).isTrue();
        Files.createDirectories(screenshots);
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

    protected void logIn(String username) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(By.cssSelector("form[action$='/logout']"));
    }

    /** Back to the top first: a redirect to an anchor (#grants) may still be scrolling smoothly. */
    protected void logOut() {
        ((JavascriptExecutor) driver).executeScript(
                "document.documentElement.style.scrollBehavior = 'auto'; window.scrollTo(0, 0)");
        click(driver.findElement(By.cssSelector("form[action$='/logout']")).findElement(By.cssSelector("button[type='submit']")));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Scrolls instantly first: Bootstrap's smooth scrolling would otherwise intercept ChromeDriver's click. */
    protected void click(By locator) {
        click(wait.until(ExpectedConditions.elementToBeClickable(locator)));
    }

    protected void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
        element.click();
    }

    protected void type(By locator, String text) {
        WebElement field = waitFor(locator);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", field);
        field.clear();
        field.sendKeys(text);
    }

    /** The data-status of the element {@code locator} finds, or null while the page is being replaced. */
    protected String statusOf(By locator) {
        try {
            return driver.findElement(locator).getDomAttribute("data-status");
        } catch (org.openqa.selenium.WebDriverException pageBeingReplaced) {
            return null;
        }
    }

    protected void checkPage() {
        String source = driver.getPageSource();
        Matcher missing = MISSING_MESSAGE.matcher(source);
        if (missing.find()) {
            throw new AssertionError("untranslated message " + missing.group() + " on " + driver.getCurrentUrl());
        }
        assertThat(source).doesNotContain("Whitelabel Error Page").doesNotContain("Internal Server Error");
    }

    /** A screenshot named "99-…" is taken after a failure: losing it must not hide the failure itself. */
    protected void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            if (!name.startsWith("99-")) {
                throw new IllegalStateException(e);
            }
        }
    }
}
