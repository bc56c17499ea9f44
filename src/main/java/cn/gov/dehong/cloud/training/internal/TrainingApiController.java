package cn.gov.dehong.cloud.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.application.Documents;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.training.TrainingCoverage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/trainings")
@Tag(name = "Training", description = "Art. 33: sessions the DEC plans, participants the units register, attendance, "
        + "materials and per-unit coverage")
class TrainingApiController {

    private final TrainingService trainings;
    private final OrganizationDirectory organization;

    TrainingApiController(TrainingService trainings, OrganizationDirectory organization) {
        this.trainings = trainings;
        this.organization = organization;
    }

    record ParticipantInput(String name, String position) {
    }

    record AttendanceInput(List<Long> presentIds) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "数字中心安排培训 / "
            + "The DEC plans a session {topic, startsAt, endsAt (Asia/Shanghai local date-times), place "
            + "and/or onlineLink, audience ALL|COUNTIES|LISTED, unitIds for LISTED}")
    TrainingService.SessionView plan(@RequestBody TrainingRules.SessionInput input) {
        return trainings.plan(organization.currentActor(), input, List.of());
    }

    @GetMapping
    @Operation(summary = "培训列表 / Sessions, newest first")
    Page<TrainingService.SessionSummary> sessions(@PageableDefault(size = 20) Pageable pageable) {
        return trainings.sessions(pageable);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次培训及其资料和学员 / "
            + "A session with its materials and participants (a unit sees its own participants)")
    TrainingService.SessionView session(@PathVariable Long id) {
        return trainings.session(organization.currentActor(), id);
    }

    @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传培训资料 / The DEC attaches a material (PDF, Word or Excel, at most 20 MB)")
    TrainingService.SessionView addMaterial(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return trainings.addMaterial(organization.currentActor(), id, read(file));
    }

    @GetMapping("/{id}/materials/{materialId}")
    @Operation(summary = "下载培训资料 / Download a material")
    ResponseEntity<byte[]> material(@PathVariable Long id, @PathVariable Long materialId) {
        return download(trainings.material(id, materialId));
    }

    @PostMapping("/{id}/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "单位报名学员 / "
            + "A unit of the audience registers a participant {name, position} before the session starts; "
            + "the same person twice or after the start: 409")
    TrainingService.ParticipantView register(@PathVariable Long id, @RequestBody ParticipantInput input) {
        return trainings.register(organization.currentActor(), id, input.name(), input.position());
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "登记出勤 / "
            + "The DEC records attendance once the session has started {presentIds}: listed participants "
            + "attended, the other registered ones did not")
    TrainingService.SessionView attendance(@PathVariable Long id, @RequestBody AttendanceInput input) {
        return trainings.recordAttendance(organization.currentActor(), id, input.presentIds());
    }

    @GetMapping("/coverage")
    @Operation(summary = "各单位培训覆盖情况 / "
            + "Per-unit training coverage of the sessions starting in [from, to]: units with at least one "
            + "attendee / units in the audiences, attendees per unit (a unit sees its own row)")
    TrainingCoverage.CoverageReport coverage(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return trainings.coverage(organization.currentActor(), from, to);
    }

    static TrainingService.FileInput read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new TrainingService.FileInput(String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(Documents.DocumentContent document) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(document.content());
    }
}
