package cn.gov.dehong.cloud.supervision.internal;

import java.util.Locale;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitKind;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The read-only fund-performance page (Art. 28, 29) for finance, the DEC and auditors; units see their own row. */
@Controller
@RequestMapping("/supervision/fund-performance")
class FundPerformancePageController {

    private final FundPerformanceService funds;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    FundPerformancePageController(FundPerformanceService funds, OrganizationDirectory organization,
                                  MessageSource messages) {
        this.funds = funds;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) Long countyId,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean overBudget,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
                Model model) {
        Actor actor = organization.currentActor();
        int pageSize = FundPerformanceService.pageSize(size);
        FundPerformance fund = funds.compute(actor, funds.year(year), countyId, q, overBudget, sort, dir)
                .slice(page, pageSize);
        model.addAttribute("fund", fund);
        model.addAttribute("seesAll", actor.seesEverything());
        model.addAttribute("sorts", FundPerformanceService.SORTS);
        model.addAttribute("counties", organization.units().stream().filter(u -> u.kind() == UnitKind.COUNTY).toList());
        return "supervision/fund-performance";
    }

    /** Every row the filters keep, not only the page shown. */
    @GetMapping("/xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year,
                                @RequestParam(required = false) Long countyId,
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "false") boolean overBudget,
                                @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String dir, Locale locale) {
        FundPerformance fund = funds.compute(organization.currentActor(), funds.year(year), countyId, q, overBudget,
                sort, dir);
        return FundPerformanceExcel.response(fund, messages, locale);
    }
}
