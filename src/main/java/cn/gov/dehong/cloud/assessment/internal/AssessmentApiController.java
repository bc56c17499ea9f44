package cn.gov.dehong.cloud.assessment.internal;

import java.io.IOException;
import java.util.List;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Vendor assessment", description = "Art. 31: quarterly and yearly assessment of the vendor on service "
        + "response, satisfaction (ticket ratings and unit surveys), service quality and merits; versioned scoring "
        + "rules; DEC sign-off; link to a penalty or payment hold (Art. 26)")
class AssessmentApiController {

    private final AssessmentService assessments;
    private final RuleService rules;
    private final MeritService merits;
    private final SurveyService surveys;
    private final AssessmentExport export;
    private final OrganizationDirectory organization;

    AssessmentApiController(AssessmentService assessments, RuleService rules, MeritService merits,
                            SurveyService surveys, AssessmentExport export, OrganizationDirectory organization) {
        this.assessments = assessments;
        this.rules = rules;
        this.merits = merits;
        this.surveys = surveys;
        this.export = export;
        this.organization = organization;
    }

    record CreateRequest(String period) {
    }

    record NoteRequest(String note) {
    }

    record RulesRequest(RuleSet rules, String note) {
    }

    record SurveyRequest(String period, String title) {
    }

    record AnswerRequest(Satisfaction satisfaction, String comment) {
    }

    @GetMapping
    @Operation(summary = "考核列表 / "
            + "Assessments, newest period first (DEC, finance, auditors: all; vendor: signed-off ones)")
    Page<AssessmentView> list(@PageableDefault(size = 20) Pageable pageable) {
        return assessments.list(organization.currentActor(), PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100), Sort.by(Sort.Direction.DESC, "startsOn", "periodKind")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起季度或年度考核 / "
            + "DEC: assess an ended quarter (2026Q1) or year (2026) with the rule version in force now")
    AssessmentView create(@RequestBody CreateRequest request) {
        return assessments.create(organization.currentActor(), request == null ? null : request.period());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次考核及其依据 / "
            + "An assessment with its inputs: per part the raw figures, the part score and the weighted score")
    AssessmentView get(@PathVariable Long id) {
        return assessments.get(organization.currentActor(), id);
    }

    @PostMapping("/{id}/recompute")
    @Operation(summary = "重新计算考核草稿 / DEC: compute a draft again from the current records (refused once signed off)")
    AssessmentView recompute(@PathVariable Long id) {
        return assessments.recompute(organization.currentActor(), id);
    }

    @PostMapping("/{id}/sign-off")
    @Operation(summary = "考核签发 / DEC: sign off; the assessment becomes immutable")
    AssessmentView signOff(@PathVariable Long id, @RequestBody(required = false) NoteRequest request) {
        return assessments.signOff(organization.currentActor(), id, request == null ? null : request.note());
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "重新打开考核（始终拒绝） / Always refused: a signed-off assessment cannot be re-opened (409)")
    AssessmentView reopen(@PathVariable Long id) {
        return assessments.reopen(organization.currentActor(), id);
    }

    @PostMapping("/{id}/penalty")
    @Operation(summary = "按考核结果扣款或暂停支付 / "
            + "DEC or finance: book a deduction or payment hold in billing for a signed-off assessment (Art. 26)")
    AssessmentView penalty(@PathVariable Long id, @RequestBody AssessmentService.PenaltyRequest request) {
        return assessments.linkPenalty(organization.currentActor(), id, request);
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "考核 Excel / The assessment with its inputs as an Excel sheet")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        AssessmentView view = assessments.get(organization.currentActor(), id);
        return export.excel(view, LocaleContextHolder.getLocale()).toResponse("vendor-assessment-" + view.period());
    }

    @GetMapping("/rules")
    @Operation(summary = "评分规则版本 / The scoring rule versions, newest first")
    List<RuleVersionView> rules() {
        return rules.versions(organization.currentActor());
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布新的评分规则 / "
            + "DEC: publish a new rule version (weights must sum to 100); applies to assessments created after it")
    RuleVersionView publish(@RequestBody RulesRequest request) {
        return rules.publish(organization.currentActor(), request == null ? null : request.rules(),
                request == null ? null : request.note());
    }

    @GetMapping("/merits")
    @Operation(summary = "供应商加分项 / The vendor's merits (awards, innovations), newest first")
    Page<MeritView> merits(@PageableDefault(size = 20) Pageable pageable) {
        return merits.list(organization.currentActor(), PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100)));
    }

    @PostMapping(value = "/merits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记加分项及证明材料 / DEC: enter a merit with its evidence (PDF, PNG or JPEG, at most 10 MB)")
    MeritView recordMerit(@RequestParam(required = false) java.time.LocalDate awardedOn,
                          @RequestParam(required = false) Merit.Kind kind, @RequestParam(required = false) String title,
                          @RequestParam(required = false) String description,
                          @RequestParam(required = false) java.math.BigDecimal points,
                          @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return merits.record(organization.currentActor(),
                new MeritService.MeritInput(awardedOn, kind, title, description, points),
                file == null ? null : new MeritService.Evidence(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/merits/{id}/evidence")
    @Operation(summary = "下载加分证明材料 / A merit's evidence file")
    ResponseEntity<byte[]> evidence(@PathVariable Long id) {
        MeritService.Evidence evidence = merits.evidence(organization.currentActor(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(evidence.content());
    }

    @GetMapping("/surveys")
    @Operation(summary = "满意度调查列表 / "
            + "Surveys: for the DEC, finance and auditors all with their tallies; for a unit the open ones and its answers")
    List<SurveyService.SurveyView> surveys() {
        return surveys.list(organization.currentActor());
    }

    @PostMapping("/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起满意度调查 / DEC: open the satisfaction survey of a period (one per period)")
    SurveyService.SurveyView openSurvey(@RequestBody SurveyRequest request) {
        return surveys.open(organization.currentActor(), request == null ? null : request.period(),
                request == null ? null : request.title());
    }

    @GetMapping("/surveys/{id}")
    @Operation(summary = "调查答卷 / A survey's answers (DEC, finance, auditors)")
    SurveyService.SurveyResults survey(@PathVariable Long id) {
        return surveys.results(organization.currentActor(), id);
    }

    @PostMapping("/surveys/{id}/close")
    @Operation(summary = "结束满意度调查 / DEC: close a survey; no more answers")
    SurveyService.SurveyView closeSurvey(@PathVariable Long id) {
        return surveys.close(organization.currentActor(), id);
    }

    @PostMapping("/surveys/{id}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "单位填写满意度调查 / "
            + "A unit (applicant or leader) answers once: 不满意/满意/非常满意; a second answer is refused (409)")
    SurveyService.SurveyView answer(@PathVariable Long id, @RequestBody AnswerRequest request) {
        return surveys.answer(organization.currentActor(), id, request == null ? null : request.satisfaction(),
                request == null ? null : request.comment());
    }
}
