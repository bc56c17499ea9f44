package cn.gov.dehong.cloud.notification.internal.web;

import cn.gov.dehong.cloud.notification.NoticeView;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "In-app notices: security-department review notices, vendor notices, reminders")
class NoticeApiController {

    private final Notices notices;
    private final OrganizationDirectory organization;

    NoticeApiController(Notices notices, OrganizationDirectory organization) {
        this.notices = notices;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "我的消息 / The caller's inbox, newest first")
    Page<NoticeView> inbox(@PageableDefault(size = 20) Pageable pageable) {
        return notices.inbox(organization.currentActor(), pageable);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标记消息已读 / Mark a notice read (read receipt)")
    ResponseEntity<Void> read(@PathVariable Long id) {
        notices.markRead(organization.currentActor(), id);
        return ResponseEntity.noContent().build();
    }
}
