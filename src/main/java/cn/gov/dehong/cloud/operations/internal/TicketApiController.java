package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
@RequestMapping("/api/v1/operations/tickets")
@Tag(name = "Operations: tickets", description = "Art. 16, 19: service tickets (工单) with SLA measurement on the "
        + "working-day calendar, reopen and satisfaction rating (Art. 31)")
class TicketApiController {

    static final java.util.Set<String> SORTABLE = java.util.Set.of("code", "reportedAt", "severity", "status",
            "unitName", "resolutionDueAt", "responseDueAt");

    private final TicketService tickets;
    private final OrganizationDirectory organization;

    TicketApiController(TicketService tickets, OrganizationDirectory organization) {
        this.tickets = tickets;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "工单列表 / "
            + "Tickets visible to the caller (own unit, subtree, or all), filtered; overdue=true lists the late ones")
    Page<TicketView> list(@RequestParam(required = false) TicketStatus status,
                          @RequestParam(required = false) TicketSeverity severity,
                          @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) Boolean overdue,
                          @RequestParam(required = false) String q,
                          @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return tickets.search(organization.currentActor(), new TicketService.TicketQuery(status, severity, unitId,
                overdue, q), safe(pageable));
    }

    @GetMapping("/overdue")
    @Operation(summary = "超时工单 / Tickets late on first response or resolution now (DEC, vendor)")
    Page<TicketView> overdue(@PageableDefault(size = 20, sort = "resolutionDueAt") Pageable pageable) {
        return tickets.overdue(organization.currentActor(), safe(pageable));
    }

    @GetMapping("/sla")
    @Operation(summary = "服务时限目标 / "
            + "The SLA targets in force per severity (ISO-8601 durations; basis ROUND_THE_CLOCK or WORKING_HOURS)")
    List<TicketService.SlaRow> sla() {
        organization.currentActor();
        return tickets.slaTargets();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报修 / A unit (applicant or leader) reports a problem with one of its own service instances "
            + "(instanceId) or application systems (systemId, from the security inventory); exactly one of the two")
    TicketService.TicketDetails report(@RequestBody TicketService.TicketInput input) {
        return tickets.report(organization.currentActor(), input);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一张工单 / A ticket with its SLA, timeline and attachments")
    TicketService.TicketDetails get(@PathVariable Long id) {
        return tickets.details(organization.currentActor(), id);
    }

    record Note(String note) {
    }

    record Rating(Satisfaction satisfaction, String comment) {
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "供应商首次响应 / Vendor: first response (the response time is measured now)")
    TicketService.TicketDetails acknowledge(@PathVariable Long id, @RequestBody(required = false) Note note) {
        return tickets.acknowledge(organization.currentActor(), id, note == null ? null : note.note());
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "供应商处理中 / Vendor: work in progress")
    TicketService.TicketDetails start(@PathVariable Long id, @RequestBody(required = false) Note note) {
        return tickets.start(organization.currentActor(), id, note == null ? null : note.note());
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "供应商处理完毕 / Vendor: resolved, with what was done (the resolution time is measured now)")
    TicketService.TicketDetails resolve(@PathVariable Long id, @RequestBody Note note) {
        return tickets.resolve(organization.currentActor(), id, note.note());
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "单位确认并评价 / "
            + "Unit: confirms the resolution and rates it (UNSATISFIED needs a comment); the ticket closes")
    TicketService.TicketDetails confirm(@PathVariable Long id, @RequestBody Rating rating) {
        return tickets.confirm(organization.currentActor(), id, rating.satisfaction(), rating.comment());
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "单位退回工单 / Unit: the problem persists (reason required); back to the vendor")
    TicketService.TicketDetails reopen(@PathVariable Long id, @RequestBody Note note) {
        return tickets.reopen(organization.currentActor(), id, note.note());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "撤回工单 / Unit: withdraws a ticket the vendor has not answered yet")
    TicketService.TicketDetails cancel(@PathVariable Long id, @RequestBody(required = false) Note note) {
        return tickets.cancel(organization.currentActor(), id, note == null ? null : note.note());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传工单附件 / "
            + "Unit or vendor: attach a PDF, image or office file (at most 10 MB, content must match the extension)")
    TicketService.TicketDetails attach(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return tickets.attach(organization.currentActor(), id, file);
    }

    @GetMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "下载工单附件 / Download an attachment")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long fileId) {
        return tickets.attachment(organization.currentActor(), id, fileId);
    }

    /** Only listed columns sort; at most 200 a page; newest first breaks ties. */
    static Pageable safe(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList())
                .and(Sort.by(Sort.Direction.DESC, "id"));
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200), sort);
    }
}
