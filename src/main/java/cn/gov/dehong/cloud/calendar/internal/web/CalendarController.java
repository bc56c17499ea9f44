package cn.gov.dehong.cloud.calendar.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;
import cn.gov.dehong.cloud.calendar.internal.CalendarAdministration;
import cn.gov.dehong.cloud.calendar.internal.CalendarYearView;
import cn.gov.dehong.cloud.calendar.internal.DayEntry;
import cn.gov.dehong.cloud.calendar.internal.DayKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar page: everyone logged in may look (deadlines depend on it), only a system administrator may change. */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    private final CalendarAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    CalendarController(CalendarAdministration administration, MessageSource messages, Clock clock) {
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String edit, Model model) {
        int currentYear = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE).getYear();
        CalendarYearView calendar = administration.year(year == null ? currentYear : year);
        model.addAttribute("calendar", calendar);
        model.addAttribute("loadedAt", calendar.loadedAt() == null ? null
                : calendar.loadedAt().atZone(WorkingDayCalendar.ZONE));
        model.addAttribute("attention", administration.yearsNeedingAttention(currentYear));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("loadedStatuses", List.of(YearStatus.OFFICIAL, YearStatus.PROVISIONAL));
        model.addAttribute("dayForm", calendar.days().stream()
                .filter(day -> day.date().toString().equals(edit))
                .findFirst()
                .map(CalendarDayForm::of)
                .orElseGet(() -> new CalendarDayForm(null, DayKind.HOLIDAY.name(), null)));
        return "calendar/year";
    }

    @PostMapping("/days")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String saveDay(@ModelAttribute CalendarDayForm form, RedirectAttributes redirect) {
        DayEntry saved = administration.saveDay(form.toEntry());
        flash(redirect, "calendar.flash.daySaved", saved.date());
        return "redirect:/calendar?year=" + saved.date().getYear();
    }

    @PostMapping("/days/{date}/delete")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String deleteDay(@PathVariable String date, RedirectAttributes redirect) {
        LocalDate day = DayEntry.parseDate(date);
        administration.deleteDay(day);
        flash(redirect, "calendar.flash.dayDeleted", day);
        return "redirect:/calendar?year=" + day.getYear();
    }

    @PostMapping("/years/{year}/import")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String importYear(@PathVariable int year, @RequestParam(required = false) String status,
                      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        CalendarYearView imported = administration.importYear(year, status,
                file == null ? null : file.getOriginalFilename(), bytes(file));
        flash(redirect, "calendar.flash.yearImported", imported.year(), imported.days().size(),
                new DefaultMessageSourceResolvable("calendar.status." + imported.status()));
        return "redirect:/calendar?year=" + year;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout shows {@code flashMessage} as text, so it is resolved here in the user's language. */
    private void flash(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flashMessage", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
    }
}
