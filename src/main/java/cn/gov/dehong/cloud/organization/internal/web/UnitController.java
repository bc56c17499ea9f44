package cn.gov.dehong.cloud.organization.internal.web;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class UnitController {

    private final OrganizationDirectory organization;
    private final MessageSource messages;

    UnitController(OrganizationDirectory organization, MessageSource messages) {
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) String q, Model model) {
        List<UnitView> units = visible(q);
        model.addAttribute("units", units);
        // indent from the shallowest unit shown, so that an aggregator's own subtree starts at the margin
        model.addAttribute("baseDepth", units.stream().mapToInt(UnitView::depth).min().orElse(0));
        model.addAttribute("q", q);
        return "organization/units";
    }

    @GetMapping("/units/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q) {
        var locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = visible(q).stream()
                .map(u -> List.<Object>of(u.code(), u.name(), messages.getMessage("unit.kind." + u.kind(), null, locale),
                        u.fundingKind() == null ? "" : messages.getMessage("unit.funding." + u.fundingKind(), null, locale),
                        u.parentName() == null ? "" : u.parentName()))
                .toList();
        return new Excel(messages.getMessage("nav.units", null, locale),
                List.of(msg("unit.code"), msg("unit.name"), msg("unit.kind"), msg("unit.fundingKind"), msg("unit.parent")),
                rows).toResponse("units");
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private List<UnitView> visible(String q) {
        var scope = organization.scopeOf(organization.currentActor());
        return organization.units().stream().filter(unit -> scope.includes(unit.id()))
                .filter(unit -> q == null || q.isBlank() || unit.name().contains(q.trim()) || unit.code().contains(q.trim()))
                .toList();
    }
}
