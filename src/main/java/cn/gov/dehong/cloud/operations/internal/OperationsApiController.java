package cn.gov.dehong.cloud.operations.internal;

import java.time.YearMonth;
import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulletins, drills, custody and the supervision flags of operations. */
@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Operations: bulletins, drills, custody", description = "Art. 13, 15, 20, 26: monthly security "
        + "bulletins with read receipts, emergency and backup/recovery drills, asset custody agreements and devices")
class OperationsApiController {

    private final BulletinService bulletins;
    private final DrillService drills;
    private final CustodyService custody;
    private final TicketService tickets;
    private final OrganizationDirectory organization;

    OperationsApiController(BulletinService bulletins, DrillService drills, CustodyService custody,
                            TicketService tickets, OrganizationDirectory organization) {
        this.bulletins = bulletins;
        this.drills = drills;
        this.custody = custody;
        this.tickets = tickets;
        this.organization = organization;
    }

    // ---- flags for the DEC ----

    record Flags(long overdueTickets, List<YearMonth> missingBulletinMonths, List<Integer> yearsWithoutEmergencyDrill,
                 boolean emergencyDrillDueThisYear, List<CustodyService.AgreementView> custodyAgreementsFlagged) {
    }

    @GetMapping("/flags")
    @Operation(summary = "运维提醒 / DEC, vendor: overdue tickets, months without a bulletin this year, years without an "
            + "emergency drill, custody agreements expiring within 30 days or expired")
    Flags flags() {
        Actor actor = organization.currentActor();
        Access.requireVendorOrSupervisor(actor);
        DrillService.DrillFlags drillFlags = drills.flags();
        return new Flags(tickets.overdue(actor, PageRequest.of(0, 1)).getTotalElements(), bulletins.missingMonths(),
                drillFlags.yearsWithoutEmergencyDrill(), drillFlags.emergencyDrillDueThisYear(),
                custody.flagged(actor));
    }

    // ---- bulletins ----

    @GetMapping("/bulletins")
    @Operation(summary = "安全通报列表 / Security bulletins, newest month first")
    Page<BulletinService.BulletinView> bulletins(@PageableDefault(size = 20) Pageable pageable) {
        organization.currentActor();
        return bulletins.list(PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100),
                Sort.by(Sort.Direction.DESC, "month")));
    }

    @PostMapping(path = "/bulletins", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布月度安全通报 / "
            + "Vendor publishes the bulletin of a month (part 'bulletin' JSON {month: '2026-11', title, "
            + "body}; optional part 'file'); body is stored as plain text; every unit is notified")
    BulletinService.BulletinView publish(@RequestPart("bulletin") BulletinService.BulletinInput input,
                                         @RequestPart(name = "file", required = false) MultipartFile file) {
        return bulletins.publish(organization.currentActor(), input, file);
    }

    @GetMapping("/bulletins/missing-months")
    @Operation(summary = "缺少通报的月份 / Months of this year up to last month without a bulletin (DEC, vendor)")
    List<YearMonth> missingMonths() {
        Access.requireVendorOrSupervisor(organization.currentActor());
        return bulletins.missingMonths();
    }

    @GetMapping("/bulletins/{id}")
    @Operation(summary = "一份安全通报 / A bulletin (does not record a read receipt; POST .../read does)")
    BulletinService.BulletinView bulletin(@PathVariable Long id) {
        return bulletins.read(organization.currentActor(), id, false);
    }

    @PostMapping("/bulletins/{id}/read")
    @Operation(summary = "登记已读 / Unit member: records the read receipt (first reading only)")
    BulletinService.BulletinView markRead(@PathVariable Long id) {
        return bulletins.read(organization.currentActor(), id, true);
    }

    @GetMapping("/bulletins/{id}/readers")
    @Operation(summary = "已读回执 / Read receipts: who of which unit read it, when (vendor, DEC)")
    List<BulletinRead.ReadView> readers(@PathVariable Long id) {
        return bulletins.readers(organization.currentActor(), id);
    }

    @GetMapping("/bulletins/{id}/files/{fileId}")
    @Operation(summary = "下载运维通报附件 / Download a bulletin attachment")
    ResponseEntity<byte[]> bulletinFile(@PathVariable Long id, @PathVariable Long fileId) {
        organization.currentActor();
        return bulletins.attachment(id, fileId);
    }

    // ---- drills ----

    @GetMapping("/drills")
    @Operation(summary = "演练列表 / Drills: all for the vendor and DEC, those it takes part in for a unit")
    Page<DrillService.DrillView> drills(@PageableDefault(size = 20) Pageable pageable) {
        return drills.list(organization.currentActor(), PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100), Sort.by(Sort.Direction.DESC, "windowStart", "id")));
    }

    @PostMapping("/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "计划演练 / "
            + "Vendor plans a drill: window in the future (Asia/Shanghai local date-times), participating "
            + "units, and noBusinessImpact=true (Art. 26: a drill must not affect the units' business)")
    DrillService.DrillView plan(@RequestBody DrillService.DrillInput input) {
        return drills.plan(organization.currentActor(), input);
    }

    @GetMapping("/drills/flags")
    @Operation(summary = "应急演练完成情况 / Years without a completed emergency drill, and whether this year's is still due")
    DrillService.DrillFlags drillFlags() {
        Access.requireVendorOrSupervisor(organization.currentActor());
        return drills.flags();
    }

    @GetMapping("/drills/{id}")
    @Operation(summary = "一次演练及其参与单位和文件 / One drill with its participants and files")
    DrillService.DrillView drill(@PathVariable Long id) {
        return drills.details(organization.currentActor(), id);
    }

    @PostMapping("/drills/{id}/acknowledge")
    @Operation(summary = "确认演练通知 / Participating unit acknowledges the drill notice")
    DrillService.DrillView acknowledgeDrill(@PathVariable Long id) {
        return drills.acknowledge(organization.currentActor(), id);
    }

    record Participation(Boolean participated, String findings) {
    }

    @PostMapping("/drills/{id}/participation")
    @Operation(summary = "登记参演情况 / "
            + "Participating unit records whether it took part and its findings (once the window began)")
    DrillService.DrillView participation(@PathVariable Long id, @RequestBody Participation participation) {
        return drills.recordParticipation(organization.currentActor(), id, participation.participated(),
                participation.findings());
    }

    @PostMapping(path = "/drills/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传演练报告 / "
            + "Vendor attaches the drill report (part 'file', optional part 'summary'); the drill is completed")
    DrillService.DrillView report(@PathVariable Long id, @RequestPart("file") MultipartFile file,
                                  @RequestPart(name = "summary", required = false) String summary) {
        return drills.attachReport(organization.currentActor(), id, file, summary);
    }

    @GetMapping("/drills/{id}/files/{fileId}")
    @Operation(summary = "下载演练文件 / Download a drill file")
    ResponseEntity<byte[]> drillFile(@PathVariable Long id, @PathVariable Long fileId) {
        return drills.report(organization.currentActor(), id, fileId);
    }

    // ---- custody ----

    @GetMapping("/custody/agreements")
    @Operation(summary = "托管协议列表 / "
            + "Custody agreements with their state (VALID, EXPIRING within 30 days, EXPIRED, NOT_STARTED)")
    List<CustodyService.AgreementView> agreements() {
        return custody.agreements(organization.currentActor());
    }

    @PostMapping(path = "/custody/agreements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记托管协议 / "
            + "Vendor registers a signed custody agreement: part 'agreement' JSON {unitId, agreementNo, "
            + "startsOn, endsOn}, part 'file' (required)")
    CustodyService.AgreementView registerAgreement(@RequestPart("agreement") CustodyService.AgreementInput input,
                                                   @RequestPart(name = "file", required = false) MultipartFile file) {
        return custody.registerAgreement(organization.currentActor(), input, file);
    }

    @GetMapping("/custody/agreements/{id}/files/{fileId}")
    @Operation(summary = "下载托管协议文件 / Download a custody agreement file")
    ResponseEntity<byte[]> agreementFile(@PathVariable Long id, @PathVariable Long fileId) {
        return custody.agreementFile(organization.currentActor(), id, fileId);
    }

    @GetMapping("/custody/devices")
    @Operation(summary = "托管设备列表 / Hosted devices (IDC托管) with asset tag, rack position and agreement")
    List<CustodyService.DeviceView> devices() {
        return custody.devices(organization.currentActor());
    }

    @PostMapping("/custody/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记托管设备 / "
            + "Vendor registers a hosted device under an agreement (the owner unit is the agreement's)")
    CustodyService.DeviceView registerDevice(@RequestBody CustodyService.DeviceInput input) {
        return custody.registerDevice(organization.currentActor(), input);
    }
}
