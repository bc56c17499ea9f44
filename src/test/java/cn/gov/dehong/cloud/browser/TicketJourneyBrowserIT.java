package cn.gov.dehong.cloud.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service ticket in a real browser (headless Debian Chromium, set up like {@link ApplicationJourneyBrowserIT}): a
 * unit reports a problem on its running service, the vendor acknowledges and resolves it, the unit confirms and
 * rates it. Screenshots under {@code target/screenshots/ticket-journey/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TicketJourneyBrowserIT extends BrowserJourney {

    TicketJourneyBrowserIT() {
        super("ticket-journey");
    }

    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

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
        return statusOf(By.cssSelector("main span[data-status]"));
    }
}
