package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.springframework.context.MessageSource;

/**
 * The main user journey in a real browser (headless Debian Chromium): a unit applicant fills in and submits a
 * special application with its sizing plan, the data centre's acceptor finds it in the to-do list and accepts it,
 * and the interface switches to English and back. Screenshots of every step are kept under
 * {@code target/screenshots/} as test artefacts.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages chromium, chromium-driver,
 * fonts-noto-cjk); the test fails, rather than being skipped, when they are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationJourneyBrowserIT {

    private static final String PASSWORD = "Demo@2026";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How Thymeleaf renders a message key that has no translation: ??key_locale?? */
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");
    private static final Pattern APPLICATION_CODE = Pattern.compile("SQ-\\d{4}-\\d+");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profileDir;
    private Path uploadDir;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is required at %s for the browser test: apt-get install -y chromium chromium-driver fonts-noto-cjk", CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("ChromeDriver is required at %s for the browser test: apt-get install -y chromium-driver", CHROMEDRIVER)
                .isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png); // screenshots of an earlier run would be mistaken for this one's
            }
        }
        profileDir = Files.createTempDirectory("dehong-chromium-");
        uploadDir = Files.createTempDirectory("dehong-upload-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profileDir);
        // the service is passed explicitly, so Selenium Manager is never asked to download a driver
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, TIMEOUT);
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
            deleteQuietly(profileDir);
            deleteQuietly(uploadDir);
        }
    }

    @Test
    void applicantSubmitsAndAcceptorAccepts() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            screenshot("99-failure");
            throw new AssertionError(e.getMessage() + "\n--- browser at " + driver.getCurrentUrl() + " ---\n"
                    + abbreviate(bodyText(), 3000), e);
        }
    }

    private void journey() throws IOException {
        // 1. the applicant logs in
        logIn("edu.applicant", "01-login");

        // 2. a new special application, saved as a draft
        open("/applications");
        click(By.id("new-special"));
        wait.until(ExpectedConditions.urlContains("/applications/new"));
        assertThat(driver.getCurrentUrl()).contains("kind=SPECIAL");
        WebElement form = waitFor(By.id("application-form"));
        checkPage();
        // a new application is created by POST /applications (an edit would post to /applications/{id})
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("heading of a new application form")
                .doesNotContain("null");
        assertThat(form.getDomAttribute("action")).as("action of the new application form")
                .endsWith("/applications");
        type(By.id("systemName"), "州教育资源公共服务平台（浏览器测试）");
        type(By.id("systemBasics"), "面向全州中小学师生提供教学资源共享与在线学习服务。");
        type(By.id("fundSource"), "州本级财政预算");
        new Select(driver.findElement(By.id("zone"))).selectByValue("PUBLIC");
        WebElement declaration = driver.findElement(By.id("noClassifiedDeclaration1"));
        if (!declaration.isSelected()) {
            click(declaration);
        }
        WebElement fundingSecured = driver.findElement(By.id("fundingSecured1"));
        assertThat(fundingSecured.isSelected()).as("funds secured is ticked by default").isTrue();
        Select product = new Select(driver.findElement(By.id("lines0.productId")));
        WebElement ecs = product.getOptions().stream()
                .filter(option -> option.getText().trim().startsWith("弹性云主机"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no product option starting with 弹性云主机 in "
                        + product.getOptions().stream().map(WebElement::getText).toList()));
        product.selectByValue(ecs.getDomAttribute("value"));
        type(By.id("lines0.vcpu"), "4");
        type(By.id("lines0.memoryGb"), "8");
        type(By.id("lines0.diskGb"), "100");
        type(By.id("lines0.quantity"), "2");
        checkPage();
        screenshot("02-application-form");
        click(By.id("save-draft"));
        wait.until(ExpectedConditions.urlMatches(".*/applications/\\d+$"));
        waitFor(By.id("app-status"));
        checkPage();
        String detailUrl = driver.getCurrentUrl();
        String code = applicationCode();
        assertThat(driver.findElement(By.id("app-status")).getText()).isEqualTo("草稿");
        screenshot("03-draft-saved");

        // 3. sizing plan, then submit
        Path sizingPlan = uploadDir.resolve("测算方案.pdf");
        Files.write(sizingPlan, ("%PDF-1.4\n% 云服务资源测算方案（浏览器测试）\n1 0 obj << >> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8));
        driver.findElement(By.id("sizing-plan-file")).sendKeys(sizingPlan.toAbsolutePath().toString());
        click(By.id("upload-sizing-plan"));
        WebElement link = waitFor(By.id("sizing-plan-link"));
        assertThat(link.getText()).isEqualTo("测算方案.pdf");
        checkPage();
        click(By.id("submit-application"));
        wait.until(ExpectedConditions.textToBe(By.id("app-status"), "待受理"));
        assertThat(driver.getCurrentUrl()).isEqualTo(detailUrl);
        assertThat(driver.findElement(By.id("app-status")).getText()).isEqualTo("待受理");
        assertThat(driver.findElements(By.id("submit-application"))).as("no draft actions once submitted").isEmpty();
        checkPage();
        screenshot("04-application-submitted");
        logOut();

        // 4. the acceptor finds it in the to-do list and accepts it
        logIn("dec.acceptor", null);
        open("/tasks");
        WebElement taskTable = waitFor(By.id("task-table"));
        if (!taskTable.getText().contains(code)) {
            // other integration tests in the same JVM may have left enough open steps to push it to a later page
            open("/tasks?size=1000");
            taskTable = waitFor(By.id("task-table"));
        }
        assertThat(taskTable.getText()).as("to-do of dec.acceptor").contains(code);
        checkPage();
        screenshot("05-tasks-acceptor");
        WebElement row = taskTable.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(code))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("受理");
        click(row.findElement(By.linkText(code)));
        wait.until(ExpectedConditions.urlToBe(detailUrl));
        WebElement comment = waitFor(By.cssSelector("#form-acceptance textarea[name='comment']"));
        comment.sendKeys("材料齐全，予以受理。");
        checkPage();
        screenshot("06-acceptance-form");
        click(By.id("approve-acceptance"));
        wait.until(ExpectedConditions.textToBe(By.id("app-status"), "会签审核中"));
        assertThat(driver.findElements(By.id("form-acceptance"))).as("acceptance step done").isEmpty();
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("受理").contains("材料齐全，予以受理。");
        checkPage();
        screenshot("07-application-accepted");

        // 5. language switch (kept in a cookie); the labels are read from the message bundles, the wording may change
        String englishTasks = messages.getMessage("nav.tasks", null, Locale.ENGLISH);
        String chineseTasks = messages.getMessage("nav.tasks", null, Locale.SIMPLIFIED_CHINESE);
        assertThat(englishTasks).as("English label of the to-do list").containsPattern("(?i)to[- ]?do");
        assertThat(chineseTasks).as("Chinese label of the to-do list").contains("待办");
        open("/tasks?lang=en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), englishTasks));
        assertThat(bodyText()).containsPattern("(?i)to[- ]?do").doesNotContain("待办");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        checkPage();
        screenshot("08-tasks-english");
        open("/tasks");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("English stays chosen").isEqualTo(englishTasks);
        open("/tasks?lang=zh_CN");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), chineseTasks));
        assertThat(bodyText()).contains("待办").doesNotContainPattern("(?i)to[- ]?do");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        checkPage();
        screenshot("09-tasks-chinese");
    }

    // ---- steps ----

    private void logIn(String username, String screenshotName) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        checkPage();
        if (screenshotName != null) {
            screenshot(screenshotName);
        }
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(By.cssSelector("form[action$='/logout']"));
        checkPage();
    }

    private void logOut() {
        WebElement logout = driver.findElement(By.cssSelector("form[action$='/logout']"));
        click(logout.findElement(By.cssSelector("button[type='submit']")));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.findElements(By.cssSelector("form[action$='/logout']"))).isEmpty();
    }

    private String applicationCode() {
        String heading = driver.findElement(By.tagName("h1")).getText();
        Matcher matcher = APPLICATION_CODE.matcher(heading);
        assertThat(matcher.find()).as("application code in heading '%s'", heading).isTrue();
        return matcher.group();
    }

    // ---- browser helpers ----

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void click(By locator) {
        click(wait.until(ExpectedConditions.elementToBeClickable(locator)));
    }

    /**
     * Bootstrap turns on smooth scrolling, so ChromeDriver's own scroll-into-view has not finished when it clicks
     * ("element click intercepted"); scroll instantly first.
     */
    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
    }

    private void type(By locator, String text) {
        WebElement field = waitFor(locator);
        scrollTo(field);
        field.clear();
        field.sendKeys(text);
    }

    private String bodyText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(no page: " + e.getMessage() + ")";
        }
    }

    /** The page is not an error page and shows no untranslated message key. */
    private void checkPage() {
        String source = driver.getPageSource();
        Matcher missing = MISSING_MESSAGE.matcher(source);
        if (missing.find()) {
            throw new AssertionError("untranslated message " + missing.group() + " on " + driver.getCurrentUrl());
        }
        assertThat(source).as("error page at %s", driver.getCurrentUrl())
                .doesNotContain("Whitelabel Error Page")
                .doesNotContain("Internal Server Error");
    }

    /**
     * Saves a PNG of the whole page under target/screenshots: the window is stretched to the page height for the
     * shot (headless Chromium captures the window only), then put back.
     */
    private void screenshot(String name) {
        if (driver == null) {
            return;
        }
        Dimension original = driver.manage().window().getSize();
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("window.scrollTo(0, 0)");
            Object height = js.executeScript("return Math.max(document.body ? document.body.scrollHeight : 0, "
                    + "document.documentElement.scrollHeight) + (window.outerHeight - window.innerHeight)");
            int wanted = height instanceof Number number ? number.intValue() : original.getHeight();
            if (wanted > original.getHeight()) {
                driver.manage().window().setSize(new Dimension(original.getWidth(), Math.min(wanted, 5000)));
            }
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!name.startsWith("99-")) {
                throw e;
            }
        } finally {
            try {
                driver.manage().window().setSize(original);
            } catch (RuntimeException ignored) {
                // the browser is gone; nothing to restore
            }
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + " …";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
