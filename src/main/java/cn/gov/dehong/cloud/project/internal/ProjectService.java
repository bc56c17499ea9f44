package cn.gov.dehong.cloud.project.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.dehong.cloud.application.Documents;
import cn.gov.dehong.cloud.application.Workflows;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.project.ProjectStatus;
import cn.gov.dehong.cloud.project.ProjectSummary;
import cn.gov.dehong.cloud.project.StandaloneProjectApproved;
import cn.gov.dehong.cloud.project.StandaloneProjects;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 6: a unit submits its plan with the plan document, the DEC and the finance bureau give their opinions in
 * parallel (process {@code standaloneProject}), the prefecture government approves or rejects. Each method is one
 * step of one actor in one transaction, audited.
 */
@Service
@Transactional
class ProjectService implements StandaloneProjects {

    static final String PROCESS_KEY = "standaloneProject";
    static final String STEP_DEC = "projectDecReview";
    static final String STEP_FINANCE = "projectFinanceReview";
    static final String STEP_GOVERNMENT = "projectGovApproval";
    static final String GOVERNMENT_GROUP = "governmentGroup";
    private static final String AUDIT_TYPE = "StandaloneProject";

    private final ProjectRepository projects;
    private final ProjectDocumentRepository documents;
    private final ProjectOpinionRepository opinions;
    private final Documents store;
    private final Workflows workflows;
    private final OrganizationDirectory organization;
    private final Notices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ProjectDocumentRepository documents, ProjectOpinionRepository opinions,
                   Documents store, Workflows workflows, OrganizationDirectory organization, Notices notices,
                   AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.documents = documents;
        this.opinions = opinions;
        this.store = store;
        this.workflows = workflows;
        this.organization = organization;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record DocumentView(Long id, String kind, String fileName, long size, String sha256) {
    }

    record OpinionView(String party, boolean supported, String opinion, String givenBy, Instant givenAt) {
    }

    record ProjectView(Long id, String code, Long unitId, String unitName, String title, String justification,
                       String scope, java.math.BigDecimal budget, LocalDate plannedGoLive, ProjectStatus status,
                       String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                       String decisionComment, List<DocumentView> documents, List<OpinionView> opinions,
                       List<Workflows.Step> timeline) {
    }

    // ---- steps ----

    ProjectView submit(Actor actor, ProjectRules.ProjectInput input, ProjectRules.FileInput plan,
                       List<ProjectRules.FileInput> others) {
        if (!actor.has(Role.UNIT_APPLICANT) || !organization.unit(actor.unitId()).isAgency()) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE);
        ProjectRules.checkSubmission(input, plan, today);
        StandaloneProject project = projects.saveAndFlush(new StandaloneProject("TMP-" + UUID.randomUUID(),
                actor.unitId(), actor.unitName(), input, actor.username(), clock.instant()));
        project.assignCode("XM-%d-%05d".formatted(today.getYear(), project.getId()));
        attach(actor, project, ProjectDocument.Kind.PLAN, plan);
        for (ProjectRules.FileInput other : others == null ? List.<ProjectRules.FileInput>of() : others) {
            if (!other.isEmpty()) {
                attach(actor, project, ProjectDocument.Kind.OTHER, other);
            }
        }
        projects.flush();
        Map<String, Object> variables = new HashMap<>();
        variables.put(GOVERNMENT_GROUP, Actor.groupOf(Role.GOV_APPROVER, prefecture()));
        workflows.start(PROCESS_KEY, new Workflows.Subject(subjectKey(project.getId()), project.getCode(),
                project.getTitle(), project.getUnitId(), project.getUnitName()), variables);
        audit.record("project.submit", AUDIT_TYPE, project.getId(), null,
                "%s budget=%s goLive=%s".formatted(project.getCode(), project.getBudget().toPlainString(),
                        project.getPlannedGoLive()));
        return view(project);
    }

    private void attach(Actor actor, StandaloneProject project, ProjectDocument.Kind kind, ProjectRules.FileInput file) {
        Documents.StoredDocument stored = store.store(file.fileName(), file.content(), actor.username());
        documents.save(new ProjectDocument(project.getId(), stored.id(), kind, stored.fileName(), stored.size(),
                stored.sha256()));
        audit.record("project.attach", AUDIT_TYPE, project.getId(), null,
                kind + " " + stored.fileName() + " sha256=" + stored.sha256());
    }

    /** The DEC's or the finance bureau's review opinion; when both are in, the plan goes to the government. */
    ProjectView giveOpinion(Actor actor, Long id, boolean supported, String opinion) {
        StandaloneProject project = load(id);
        ProjectOpinion.Party party = ProjectRules.partyOf(actor);
        if (project.getStatus() != ProjectStatus.REVIEW || opinions.existsByProjectIdAndParty(id, party)) {
            throw BusinessRuleException.conflict("project.error.opinionGiven");
        }
        ProjectRules.checkOpinion(opinion);
        try {
            opinions.saveAndFlush(new ProjectOpinion(id, party, supported, opinion.trim(), actor.username(),
                    clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrentOpinion) {
            throw BusinessRuleException.conflict("project.error.opinionGiven");
        }
        workflows.complete(subjectKey(id), party == ProjectOpinion.Party.DEC ? STEP_DEC : STEP_FINANCE, actor,
                Map.of(), supported ? "SUPPORTED" : "NOT_SUPPORTED", opinion.trim());
        String before = project.getStatus().name();
        // the engine decides when both opinions are in (its parallel join); the status follows it
        if (workflows.timeline(subjectKey(id)).stream()
                .anyMatch(step -> step.open() && STEP_GOVERNMENT.equals(step.stepKey()))) {
            project.opinionsComplete();
            notices.send(Actor.groupOf(Role.GOV_APPROVER, prefecture()), "project.notice.toGovernment",
                    List.of(project.getCode(), project.getUnitName(), project.getTitle()), link(id));
        }
        audit.record("project.opinion." + party.name().toLowerCase(), AUDIT_TYPE, id, before,
                project.getStatus().name() + (supported ? " SUPPORTED" : " NOT_SUPPORTED"));
        return view(project);
    }

    /** The prefecture government's decision (审定). */
    ProjectView decide(Actor actor, Long id, boolean approved, String comment) {
        StandaloneProject project = load(id);
        if (!actor.has(Role.GOV_APPROVER)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (!prefecture().equals(actor.unitId())) {
            // only the prefecture government decides; a county government outside the project's unit learns nothing
            organization.requireVisible(actor, project.getUnitId());
            throw BusinessRuleException.forbidden("error.step.notCandidate");
        }
        if (project.getStatus() != ProjectStatus.GOVERNMENT_APPROVAL) {
            throw BusinessRuleException.conflict("project.error.notAwaitingDecision");
        }
        ProjectRules.checkDecision(approved, comment);
        String text = comment == null ? null : comment.trim();
        project.decided(approved, actor.username(), clock.instant(), text);
        workflows.complete(subjectKey(id), STEP_GOVERNMENT, actor, Map.of("approved", approved),
                approved ? "APPROVED" : "REJECTED", text);
        notices.send(Actor.groupOf(Role.UNIT_APPLICANT, project.getUnitId()),
                approved ? "project.notice.approved" : "project.notice.rejected",
                List.of(project.getCode(), project.getTitle(), text == null ? "" : text), link(id));
        if (approved) {
            events.publishEvent(new StandaloneProjectApproved(id, project.getUnitId()));
        }
        audit.record(approved ? "project.approve" : "project.reject", AUDIT_TYPE, id,
                ProjectStatus.GOVERNMENT_APPROVAL.name(), project.getStatus().name());
        return view(project);
    }

    // ---- reading (data scope) ----

    @Transactional(readOnly = true)
    Page<ProjectSummary> search(Actor actor, ProjectStatus status, Pageable pageable) {
        DataScope scope = organization.scopeOf(actor);
        Page<StandaloneProject> page;
        if (scope.all()) {
            page = status == null ? projects.findAll(pageable) : projects.findByStatus(status, pageable);
        } else {
            page = status == null ? projects.findByUnitIdIn(scope.unitIds(), pageable)
                    : projects.findByUnitIdInAndStatus(scope.unitIds(), status, pageable);
        }
        return page.map(StandaloneProject::summary);
    }

    @Transactional(readOnly = true)
    ProjectView view(Actor actor, Long id) {
        StandaloneProject project = load(id);
        organization.requireVisible(actor, project.getUnitId());
        return view(project);
    }

    @Transactional(readOnly = true)
    Documents.DocumentContent document(Actor actor, Long id, Long documentId) {
        StandaloneProject project = load(id);
        organization.requireVisible(actor, project.getUnitId());
        ProjectDocument document = documents.findById(documentId).filter(d -> d.getProjectId().equals(id))
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return store.content(document.getAttachmentId());
    }

    /** The steps the caller may act on now: "opinion" (DEC or finance, not yet given) and "decision" (government). */
    static List<String> actions(Actor actor, ProjectView project) {
        List<String> actions = new ArrayList<>();
        for (Workflows.Step step : project.timeline()) {
            if (step.open() && actor.groups().contains(step.candidateGroup())) {
                actions.add(STEP_GOVERNMENT.equals(step.stepKey()) ? "decision" : "opinion");
            }
        }
        return actions;
    }

    // ---- StandaloneProjects (supervision) ----

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> approvedCountByUnit() {
        return counts(projects.approvedCountByUnit());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> approvedCountByUnit(LocalDate asOf) {
        return counts(projects.approvedCountByUnit(
                asOf.plusDays(1).atStartOfDay(cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE).toInstant()));
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public long approvedCount(Long unitId) {
        return projects.countByUnitIdAndStatus(unitId, ProjectStatus.APPROVED);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectSummary> approved() {
        return projects.findByStatusOrderByDecidedAtDesc(ProjectStatus.APPROVED).stream()
                .map(StandaloneProject::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectSummary> projectsOf(Collection<Long> unitIds) {
        return projects.findByUnitIdInOrderByIdDesc(unitIds).stream().map(StandaloneProject::summary).toList();
    }

    // ---- helpers ----

    private StandaloneProject load(Long id) {
        return projects.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private ProjectView view(StandaloneProject p) {
        List<DocumentView> docs = documents.findByProjectIdOrderByIdAsc(p.getId()).stream()
                .map(d -> new DocumentView(d.getId(), d.getKind().name(), d.getFileName(), d.getFileSize(),
                        d.getSha256()))
                .toList();
        List<OpinionView> ops = opinions.findByProjectIdOrderByIdAsc(p.getId()).stream()
                .map(o -> new OpinionView(o.getParty().name(), o.isSupported(), o.getOpinion(), o.getGivenBy(),
                        o.getGivenAt()))
                .toList();
        return new ProjectView(p.getId(), p.getCode(), p.getUnitId(), p.getUnitName(), p.getTitle(),
                p.getJustification(), p.getProjectScope(), p.getBudget(), p.getPlannedGoLive(), p.getStatus(),
                p.getSubmittedBy(), p.getSubmittedAt(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionComment(),
                docs, ops, workflows.timeline(subjectKey(p.getId())));
    }

    private Long prefecture() {
        return organization.units().stream().filter(u -> u.kind() == UnitKind.PREFECTURE).findFirst()
                .orElseThrow().id();
    }

    static String subjectKey(Long id) {
        return "PRJ-" + id;
    }

    static String link(Long id) {
        return "/projects/" + id;
    }
}
