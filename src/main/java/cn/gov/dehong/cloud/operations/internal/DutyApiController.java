package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/operations/duty")
@Tag(name = "Operations: duty roster", description = "Art. 13: who of the vendor is on duty (值班值守)")
class DutyApiController {

    private final DutyRoster roster;
    private final OrganizationDirectory organization;

    DutyApiController(DutyRoster roster, OrganizationDirectory organization) {
        this.roster = roster;
        this.organization = organization;
    }

    @GetMapping("/current")
    @Operation(summary = "当前值班 / Who is on duty now (empty when the roster has a gap)")
    List<DutyShiftView> current() {
        organization.currentActor();
        return roster.current();
    }

    @GetMapping("/shifts")
    @Operation(summary = "值班表 / Current and coming shifts, or all=true for the whole roster")
    Page<DutyShiftView> shifts(@RequestParam(defaultValue = "false") boolean all,
                               @PageableDefault(size = 50) Pageable pageable) {
        organization.currentActor();
        return roster.roster(all, PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200),
                Sort.by("startsAt").and(Sort.by("id"))));
    }

    @PostMapping("/shifts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布值班 / "
            + "Vendor publishes a shift; startsAt/endsAt are Asia/Shanghai local date-times (2026-12-01T09:00)")
    DutyShiftView publish(@RequestBody DutyRoster.ShiftInput input) {
        return roster.publish(organization.currentActor(), input);
    }

    @DeleteMapping("/shifts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销值班 / Vendor withdraws a shift that has not started")
    void withdraw(@PathVariable Long id) {
        roster.withdraw(organization.currentActor(), id);
    }
}
