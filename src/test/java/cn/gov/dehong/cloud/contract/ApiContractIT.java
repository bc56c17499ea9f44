package cn.gov.dehong.cloud.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.contract.client.ApiClient;
import cn.gov.dehong.cloud.contract.client.ApiException;
import cn.gov.dehong.cloud.contract.client.api.ApplicationsApi;
import cn.gov.dehong.cloud.contract.client.api.BillingPeriodsApi;
import cn.gov.dehong.cloud.contract.client.api.BillingSettingsApi;
import cn.gov.dehong.cloud.contract.client.api.CatalogApi;
import cn.gov.dehong.cloud.contract.client.api.OperationsMonitoringApi;
import cn.gov.dehong.cloud.contract.client.api.OperationsTicketsApi;
import cn.gov.dehong.cloud.contract.client.api.ServiceInstancesApi;
import cn.gov.dehong.cloud.contract.client.api.WorkflowApi;
import cn.gov.dehong.cloud.contract.client.model.ApplicationCampaignInput;
import cn.gov.dehong.cloud.contract.client.model.ApplicationCampaignView;
import cn.gov.dehong.cloud.contract.client.model.ApplicationChangeCompletion;
import cn.gov.dehong.cloud.contract.client.model.ApplicationChangeInput;
import cn.gov.dehong.cloud.contract.client.model.ApplicationDecision;
import cn.gov.dehong.cloud.contract.client.model.ApplicationDecommissionInput;
import cn.gov.dehong.cloud.contract.client.model.ApplicationDetails;
import cn.gov.dehong.cloud.contract.client.model.ApplicationDraft;
import cn.gov.dehong.cloud.contract.client.model.ApplicationKickoffInput;
import cn.gov.dehong.cloud.contract.client.model.ApplicationLineInput;
import cn.gov.dehong.cloud.contract.client.model.ApplicationPlanSubmission;
import cn.gov.dehong.cloud.contract.client.model.ApplicationPlanView;
import cn.gov.dehong.cloud.contract.client.model.ApplicationReviewInput;
import cn.gov.dehong.cloud.contract.client.model.ApplicationServiceRequestView;
import cn.gov.dehong.cloud.contract.client.model.ApplicationStepView;
import cn.gov.dehong.cloud.contract.client.model.ApplicationTerminationInput;
import cn.gov.dehong.cloud.contract.client.model.BillingPenaltyInput;
import cn.gov.dehong.cloud.contract.client.model.BillingPenaltyView;
import cn.gov.dehong.cloud.contract.client.model.BillingPeriodView;
import cn.gov.dehong.cloud.contract.client.model.BillingRunView;
import cn.gov.dehong.cloud.contract.client.model.CatalogProductView;
import cn.gov.dehong.cloud.contract.client.model.OperationsAlert;
import cn.gov.dehong.cloud.contract.client.model.OperationsAlertPayload;
import cn.gov.dehong.cloud.contract.client.model.OperationsIncidentView;
import cn.gov.dehong.cloud.contract.client.model.OperationsTicketDetails;
import cn.gov.dehong.cloud.contract.client.model.OperationsTicketInput;
import cn.gov.dehong.cloud.contract.client.model.OperationsWebhookResult;
import cn.gov.dehong.cloud.contract.client.model.PagedModelOperationsIncidentView;
import cn.gov.dehong.cloud.contract.client.model.PagedModelOperationsTicketView;
import cn.gov.dehong.cloud.contract.client.model.Pageable;
import cn.gov.dehong.cloud.contract.client.model.SubscriptionServiceInstanceView;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import cn.gov.dehong.cloud.support.TestPeriodTimer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The API contract (issue 12, part 3): a Java client generated at build time by openapi-generator from the committed
 * OpenAPI snapshot ({@code src/test/resources/openapi/api-v1.json}, which {@code OpenApiDocumentIT} keeps equal to the
 * live document) drives a real server over HTTP through the lifecycle of Art. 9 (apply, submit, aggregate, accept,
 * review, countersign, usage plan, kick-off, go-live, confirm, change, terminate), a billing period run and close,
 * a penalty, a monitoring alert, a ticket and the incident and ticket lists. Every response is read into the
 * generated models, with unknown properties refused: a schema that is not the object the code writes (a missing
 * property, another type, an undocumented enum value) fails here. Runs on H2 and on PostgreSQL (both failsafe
 * executions), on a database of its own: it opens the 2027 campaign, which other tests open too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dehong.test.isolated-database=contract", "dehong.operations.alert-token=" + ApiContractIT.TOKEN})
@Import(MutableClockConfiguration.class)
class ApiContractIT {

    static final String TOKEN = "contract-alert-token";
    private static final String PASSWORD = "Demo@2026";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired ManagementService management;

    @TempDir Path files;

    @Test
    void theGeneratedClientRunsTheLifecycleBillingAndOperations() throws Exception {
        // Monday 2026-09-28, 10:00 in Dehong, as in ServiceLifecycleApiIT
        clock.setShanghai(LocalDateTime.of(2026, 9, 28, 10, 0));

        // the DEC opens the 2027 campaign of centralized applications
        ApplicationCampaignView campaign = new WorkflowApi(as("dec.reviewer")).workflowOpenCampaign(
                new ApplicationCampaignInput().budgetYear(2027).title("2027年度德宏云集中申请")
                        .opensOn(LocalDate.of(2026, 9, 1)).closesOn(LocalDate.of(2026, 12, 31)));
        assertThat(campaign.getOpen()).isTrue();

        // a county unit applies: draft, sizing plan, submit
        String applicant = "mangshi.edu.applicant";
        ApplicationsApi applications = new ApplicationsApi(as(applicant));
        ApplicationDetails draft = applications.applicationCreate(draft(applicant, campaign.getId()));
        long id = draft.getId();
        assertThat(draft.getStatus()).hasToString("DRAFT");
        assertThat(draft.getEstimatedMonthlyFee()).isPositive();
        Path plan = files.resolve("sizing-plan.pdf");
        Files.writeString(plan, "%PDF-1.4\n% sizing plan\n", StandardCharsets.US_ASCII);
        assertThat(applications.applicationAttachSizingPlan(id, plan.toFile()).getSizingPlan()).isNotNull();
        assertThat(applications.applicationSubmit(id).getStatus()).hasToString("AGGREGATION");

        // county aggregation, DEC acceptance, DEC review and finance countersignature
        new ApplicationsApi(as("mangshi.aggregator")).applicationAggregate(id, new ApplicationDecision().approved(true));
        ApplicationDetails accepted = new ApplicationsApi(as("dec.acceptor"))
                .applicationAccept(id, new ApplicationDecision().approved(true));
        assertThat(accepted.getStatus()).hasToString("REVIEW");
        new ApplicationsApi(as("dec.reviewer")).applicationReview(id, review());
        ApplicationDetails planning = new ApplicationsApi(as("finance")).applicationReview(id, review());
        assertThat(planning.getStatus()).hasToString("PLANNING");
        assertThat(planning.getOpinions()).hasSize(2);

        // the ranked usage plan, approved by the prefecture government
        ApplicationPlanView usagePlan = new WorkflowApi(as("dec.reviewer"))
                .workflowSubmitPlan(campaign.getId(), new ApplicationPlanSubmission().ranking(List.of(id)));
        assertThat(usagePlan.getApplications()).singleElement()
                .satisfies(row -> assertThat(row.getPriority()).isEqualTo(1));
        new WorkflowApi(as("gov.approver")).workflowDecidePlan(usagePlan.getId(), new ApplicationDecision().approved(true));
        ApplicationDetails kickoff = applications.applicationGet(id);
        assertThat(kickoff.getStatus()).hasToString("VENDOR_KICKOFF");
        assertThat(openStep(kickoff).getStepKey()).isEqualTo("vendorKickoff");

        // the vendor's kick-off opens the test resources
        ApplicationDetails testing = new ApplicationsApi(as("vendor")).applicationKickoff(id, new ApplicationKickoffInput()
                .kickoffOn(LocalDate.of(2026, 9, 28)).migrationPlan("分两批迁移，先测试后切换")
                .testStart(LocalDate.of(2026, 9, 28)));
        assertThat(testing.getStatus()).hasToString("TESTING");
        assertThat(testing.getInstances()).hasSize(2);
        assertThat(testing.getProductionStart()).isEqualTo(LocalDate.of(2026, 10, 8));

        // go-live is the BPMN timer at the end of the 10-day test period, not an API call: the test runs it as
        // ServiceLifecycleApiIT does (the async executor is off in the tests)
        TestPeriodTimer.fire(management);
        ApplicationDetails live = applications.applicationGet(id);
        assertThat(live.getStatus()).hasToString("IN_SERVICE");
        assertThat(live.getInstances().get(0).getBillingStart()).isEqualTo(LocalDate.of(2026, 10, 8));
        ApplicationDetails confirmed = new ApplicationsApi(as("mangshi.edu.leader"))
                .applicationConfirm(id, new ApplicationDecision().approved(true).comment("运行正常"));
        assertThat(confirmed.getStatus()).hasToString("CONFIRMED");
        long hostId = confirmed.getInstances().get(0).getId();
        long diskId = confirmed.getInstances().get(1).getId();

        // Art. 9(六): a change (fee up), reviewed and countersigned, applied by the vendor
        clock.setShanghai(LocalDateTime.of(2026, 11, 2, 9, 0));
        ApplicationServiceRequestView change = new WorkflowApi(as(applicant)).workflowRequestChange(hostId,
                new ApplicationChangeInput().vcpu(8).memoryGb(16).diskGb(100).bandwidthMbps(0).quantity(2)
                        .reason("访问量增长"));
        assertThat(change.getFeeDirection()).isEqualTo("UP");
        assertThat(change.getMonthlyFeeDelta()).isPositive();
        new WorkflowApi(as("dec.reviewer")).workflowReviewChange(change.getId(), new ApplicationDecision().approved(true));
        ApplicationServiceRequestView countersigned = new WorkflowApi(as("finance"))
                .workflowReviewChange(change.getId(), new ApplicationDecision().approved(true));
        assertThat(countersigned.getStatus()).hasToString("VENDOR");
        ApplicationServiceRequestView applied = new WorkflowApi(as("vendor")).workflowCompleteChange(change.getId(),
                new ApplicationChangeCompletion().appliedOn(LocalDate.of(2026, 11, 2)));
        assertThat(applied.getStatus()).hasToString("COMPLETED");
        SubscriptionServiceInstanceView host = new ServiceInstancesApi(as("dec.reviewer")).serviceGet(hostId);
        assertThat(host.getStatus()).hasToString("ACTIVE");
        assertThat(host.getSpec()).isNotNull();

        // Art. 9(七): termination, reviewed, the vendor ends the service and purges the data
        ApplicationServiceRequestView termination = new WorkflowApi(as(applicant)).workflowRequestTermination(hostId,
                new ApplicationTerminationInput().reason("系统整合").dataBackupConfirmed(true)
                        .requestedEndDate(LocalDate.of(2027, 4, 30)));
        new WorkflowApi(as("dec.reviewer")).workflowReviewTermination(termination.getId(),
                new ApplicationDecision().approved(true));
        ApplicationServiceRequestView terminated = new WorkflowApi(as("vendor")).workflowDecommission(
                termination.getId(), new ApplicationDecommissionInput().endDate(LocalDate.of(2027, 4, 30))
                        .dataHandover("数据库导出文件及校验值已移交").purgeMethod("三次覆写")
                        .purgedOn(LocalDate.of(2027, 5, 6)));
        assertThat(terminated.getStatus()).hasToString("COMPLETED");
        assertThat(terminated.getMonthsOfUse()).isEqualTo(7);
        assertThat(terminated.getWithinFirstYear()).isTrue();
        assertThat(new ServiceInstancesApi(as("dec.reviewer")).serviceGet(hostId).getStatus()).hasToString("TERMINATED");

        // billing: October 2026 run by finance (the two instances since 8 October)
        BillingPeriodsApi periods = new BillingPeriodsApi(as("finance"));
        BillingRunView run = periods.periodRun("2026-10");
        assertThat(run.getLineCount()).isEqualTo(2);
        assertThat(run.getTotal()).isPositive();
        assertThat(periods.periodRunLog("2026-10")).singleElement()
                .satisfies(logged -> assertThat(logged.getId()).isEqualTo(run.getId()));
        // Art. 26: the DEC's deduction from the vendor's settlement of that period
        BillingPenaltyView penalty = new BillingSettingsApi(as("dec.reviewer")).budgetRecordPenalty(
                new BillingPenaltyInput().period("2026-10").kind(BillingPenaltyInput.KindEnum.DEDUCTION)
                        .amount(new BigDecimal("50.00")).reason("10月12日宕机4小时").reference("INC-2026-1012"));
        assertThat(penalty.getKind()).hasToString("DEDUCTION");
        assertThat(penalty.getAmount()).isEqualByComparingTo("50.00");
        assertThat(penalty.getReference()).isEqualTo("INC-2026-1012");
        // then finance closes the period (a closed period takes no penalty: billing.error.periodClosed)
        BillingPeriodView closed = periods.periodClose("2026-10");
        assertThat(closed.getStatus()).hasToString("CLOSED");
        assertThat(closed.getTotal()).isEqualByComparingTo(run.getTotal());

        // operations: Alertmanager reports the disk down (bearer token, not a login), the incident list shows it
        String diskCode = new ServiceInstancesApi(as("dec.reviewer")).serviceGet(diskId).getCode();
        ApiClient alertmanager = client(builder -> builder.header("Authorization", "Bearer " + TOKEN));
        OperationsWebhookResult alerted = new OperationsMonitoringApi(alertmanager).alertWebhookReceive(
                new OperationsAlertPayload().version("4").status("firing").receiver("dehong").alerts(List.of(
                        new OperationsAlert().status("firing").fingerprint("contract-disk-1")
                                .labels(Map.of("alertname", "DiskUnavailable", "severity", "critical",
                                        "instance_id", diskCode))
                                .annotations(Map.of("summary", "块存储不可用"))
                                .startsAt(OffsetDateTime.of(2026, 11, 2, 1, 0, 0, 0, ZoneOffset.UTC)))));
        assertThat(alerted.getOpened()).isEqualTo(1);
        PagedModelOperationsIncidentView incidents = new OperationsMonitoringApi(as("vendor"))
                .incidentList(new Pageable().page(0).size(20), null);
        assertThat(incidents.getPage().getTotalElements()).isEqualTo(1);
        OperationsIncidentView incident = incidents.getContent().get(0);
        assertThat(incident.getId()).isNotNull();
        assertThat(new OperationsMonitoringApi(as(applicant)).incidentList(new Pageable().page(0).size(20), null)
                .getContent()).extracting(OperationsIncidentView::getId).containsExactly(incident.getId());

        // a ticket reported by the unit on its disk, listed for the vendor
        OperationsTicketDetails ticket = new OperationsTicketsApi(as(applicant)).ticketReport(new OperationsTicketInput()
                .instanceId(diskId).severity(OperationsTicketInput.SeverityEnum.LOW).title("存储访问缓慢")
                .description("上午九点起读写延迟升高"));
        assertThat(ticket.getTicket().getId()).isNotNull();
        assertThat(ticket.getTimeline()).isNotEmpty();
        PagedModelOperationsTicketView tickets = new OperationsTicketsApi(as("vendor"))
                .ticketList(new Pageable().page(0).size(20), null, null, null, null, null);
        assertThat(tickets.getContent()).extracting(t -> t.getId()).contains(ticket.getTicket().getId());

        // errors are problem details the client surfaces with their status: a second close is a conflict
        assertThatExceptionOfType(ApiException.class).isThrownBy(() -> periods.periodClose("2026-10"))
                .satisfies(conflict -> {
                    assertThat(conflict.getCode()).isEqualTo(409);
                    assertThat(conflict.getResponseBody()).contains("\"code\"");
                });
    }

    // ---- helpers ----

    private ApplicationDraft draft(String user, long campaignId) throws ApiException {
        return new ApplicationDraft().kind(ApplicationDraft.KindEnum.CENTRALIZED).campaignId(campaignId)
                .systemName("芒市教育管理平台").systemBasics("面向全州的业务应用系统，日均访问 2 万人次")
                .networkArchitecture("政务外网接入，前后端分离，双节点负载均衡").fundSource("州级财政预算")
                .functionalIndicators("资源发布、检索、统计").informationVolumeIndicators("年新增数据 500GB")
                .performanceIndicators("并发 500，响应 < 2 秒").zone(ApplicationDraft.ZoneEnum.PUBLIC)
                .fundingSecured(true).noClassifiedDeclaration(true)
                .lines(List.of(
                        new ApplicationLineInput().productId(productId(user, "弹性云主机")).vcpu(4).memoryGb(8)
                                .diskGb(100).bandwidthMbps(0).quantity(2),
                        new ApplicationLineInput().productId(productId(user, "弹性块存储")).vcpu(0).memoryGb(0)
                                .diskGb(500).bandwidthMbps(0).quantity(1)));
    }

    private long productId(String user, String name) throws ApiException {
        return new CatalogApi(as(user)).catalogProducts().stream().filter(p -> name.equals(p.getName()))
                .map(CatalogProductView::getId).findFirst().orElseThrow(() -> new AssertionError("no product " + name));
    }

    private static ApplicationReviewInput review() {
        return new ApplicationReviewInput().approved(true).necessity("业务需要，符合集约化建设要求").feasibility("技术方案可行")
                .security("按等保三级部署，已声明不处理涉密信息").sharingScope("全州教育系统共享")
                .productsAndCost("产品类别和数量合理，费用按中标价格测算");
    }

    private static ApplicationStepView openStep(ApplicationDetails application) {
        return application.getTimeline().stream().filter(step -> step.getCompletedAt() == null).findFirst()
                .orElseThrow(() -> new AssertionError("no open step in " + application.getTimeline()));
    }

    /**
     * The generated client as a demo user: HTTP basic on every request. The demo accounts of the two-factor roles
     * (dec.acceptor, dec.reviewer, finance, admin, secadmin) are exempt from {@code X-OTP} while the demo data is on
     * ({@code dehong.security.mfa.demo-exempt}, as in every test); the other demo users used here hold no such role.
     */
    private ApiClient as(String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return client(builder -> builder.header("Authorization", "Basic " + credentials));
    }

    /** The generated ApiClient against this server; a property the document does not declare fails the read. */
    private ApiClient client(java.util.function.Consumer<HttpRequest.Builder> authentication) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
        client.setRequestInterceptor(builder -> {
            authentication.accept(builder);
            builder.header("Accept-Language", "en");
        });
        return client;
    }
}
