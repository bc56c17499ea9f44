package cn.gov.dehong.cloud.audit.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Shows whether the audit chain is intact, and verifies it on demand (administrators and auditors). */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Audit log")
class AuditChainController {

    private final AuditSealing sealing;

    AuditChainController(AuditSealing sealing) {
        this.sealing = sealing;
    }

    @GetMapping("/audit/chain")
    String page(Model model) {
        model.addAttribute("checks", sealing.recentVerifications());
        return "audit/chain";
    }

    @PostMapping("/audit/chain")
    String verifyFromPage() {
        sealing.verify();
        return "redirect:/audit/chain";
    }

    @GetMapping("/api/v1/audit/chain")
    @ResponseBody
    @Operation(summary = "审计日志哈希链校验记录 / The latest verifications of the audit log's SM3 hash chain")
    List<AuditSealing.Verification> checks() {
        return sealing.recentVerifications();
    }

    @PostMapping("/api/v1/audit/chain/verification")
    @ResponseBody
    @Operation(summary = "立即封存并校验哈希链 / Seal pending records and verify the whole chain now")
    AuditSealing.Verification verify() {
        return sealing.verify();
    }
}
