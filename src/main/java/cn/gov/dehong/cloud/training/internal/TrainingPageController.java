package cn.gov.dehong.cloud.training.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.shared.Excel;
import cn.gov.dehong.cloud.training.Audience;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training page: sessions, coverage by unit with Excel export, the DEC's planning and attendance forms. */
@Controller
class TrainingPageController {

    private final TrainingService trainings;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final java.time.Clock clock;

    TrainingPageController(TrainingService trainings, OrganizationDirectory organization, MessageSource messages,
                           java.time.Clock clock) {
        this.trainings = trainings;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/trainings")
    String index(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        LocalDate today = LocalDate.now(clock.withZone(TrainingService.ZONE));
        LocalDate periodFrom = from == null ? today.withDayOfYear(1) : from;
        LocalDate periodTo = to == null ? today : to;
        model.addAttribute("page", trainings.sessions(pageable));
        model.addAttribute("coverage", trainings.coverage(actor, periodFrom, periodTo));
        model.addAttribute("from", periodFrom);
        model.addAttribute("to", periodTo);
        boolean dec = TrainingService.isDec(actor);
        model.addAttribute("isDec", dec);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("agencies", dec ? organization.units().stream().filter(u -> u.kind() == UnitKind.AGENCY)
                .toList() : List.of());
        return "training/index";
    }

    @GetMapping("/trainings/coverage/export")
    ResponseEntity<byte[]> export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var report = trainings.coverage(organization.currentActor(), from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (var unit : report.units()) {
            rows.add(List.of(unit.unitName(), unit.sessionsOffered(), unit.registered(), unit.sessionsAttended(),
                    unit.attendees(), unit.covered() ? msg("training.yes") : msg("training.no")));
        }
        return new Excel(msg("training.coverage.title"), List.of(msg("training.coverage.unit"),
                msg("training.coverage.offered"), msg("training.coverage.registered"),
                msg("training.coverage.attendedSessions"), msg("training.coverage.attendees"),
                msg("training.coverage.covered")), rows).toResponse("training-coverage-" + from + "-" + to);
    }

    @PostMapping("/trainings")
    String plan(@RequestParam(required = false) String topic,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                @RequestParam(required = false) String place, @RequestParam(required = false) String onlineLink,
                @RequestParam(required = false) Audience audience,
                @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
                @RequestParam(name = "materials", required = false) List<MultipartFile> files,
                RedirectAttributes redirect) {
        List<TrainingService.FileInput> materials = files == null ? List.of()
                : files.stream().map(TrainingApiController::read).filter(Objects::nonNull).toList();
        var session = trainings.plan(organization.currentActor(),
                new TrainingRules.SessionInput(topic, startsAt, endsAt, place, onlineLink, audience, unitIds), materials);
        redirect.addFlashAttribute("flashMessage", msg("training.flash.planned"));
        return "redirect:/trainings/" + session.id();
    }

    @GetMapping("/trainings/{id}")
    String session(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        var session = trainings.session(actor, id);
        model.addAttribute("training", session);
        model.addAttribute("isDec", TrainingService.isDec(actor));
        model.addAttribute("canRegister", session.open() && session.forCallersUnit()
                && actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER));
        return "training/session";
    }

    @GetMapping("/trainings/{id}/materials/{materialId}")
    ResponseEntity<byte[]> material(@PathVariable Long id, @PathVariable Long materialId) {
        return TrainingApiController.download(trainings.material(id, materialId));
    }

    @PostMapping("/trainings/{id}/materials")
    String addMaterial(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
                       RedirectAttributes redirect) {
        trainings.addMaterial(organization.currentActor(), id, TrainingApiController.read(file));
        redirect.addFlashAttribute("flashMessage", msg("training.flash.saved"));
        return "redirect:/trainings/" + id;
    }

    @PostMapping("/trainings/{id}/participants")
    String register(@PathVariable Long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String position, RedirectAttributes redirect) {
        trainings.register(organization.currentActor(), id, name, position);
        redirect.addFlashAttribute("flashMessage", msg("training.flash.registered"));
        return "redirect:/trainings/" + id;
    }

    @PostMapping("/trainings/{id}/attendance")
    String attendance(@PathVariable Long id, @RequestParam(name = "present", required = false) List<Long> present,
                      RedirectAttributes redirect) {
        trainings.recordAttendance(organization.currentActor(), id, present == null ? List.of() : present);
        redirect.addFlashAttribute("flashMessage", msg("training.flash.saved"));
        return "redirect:/trainings/" + id;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
