package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Security in a real browser (headless Debian Chromium, set up by {@link BrowserJourney}): a unit registers
 * the application system on its cloud host; a vendor operator requests access to the host, the unit leader approves,
 * and only then does the operator see the resource; a security department inspects, records a high-risk finding,
 * and the service shows suspended. Screenshots under {@code target/screenshots/security-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityJourneyBrowserIT extends BrowserJourney {

    SecurityJourneyBrowserIT() {
        super("security-journey");
    }

    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

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
        return statusOf(By.cssSelector("main span[data-status]"));
    }
}
