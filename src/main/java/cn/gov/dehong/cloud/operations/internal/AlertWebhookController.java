package cn.gov.dehong.cloud.operations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operations: monitoring", description = "Art. 14: Prometheus Alertmanager webhook; alerts become "
        + "incidents and fault notices to the affected units")
class AlertWebhookController {

    private final IncidentService incidents;
    private final OperationsProperties properties;
    private final ObjectMapper json;

    AlertWebhookController(IncidentService incidents, OperationsProperties properties, ObjectMapper json) {
        this.incidents = incidents;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping(AlertWebhookSecurity.PATH)
    @Operation(summary = "接收 Alertmanager 告警 / Alertmanager webhook (version 4)",
            description = "Authorization: Bearer <dehong.operations.alert-token> (scheme alertmanagerToken, not a "
                    + "platform login). Label instance_id = service instance code, else zone = PRIVATE|PUBLIC; "
                    + "deduplicated by fingerprint.",
            security = @SecurityRequirement(name = "alertmanagerToken"))
    IncidentService.WebhookResult receive(@Parameter(hidden = true)
                                          @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                          @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                  mediaType = "application/json",
                                                  schema = @Schema(implementation = AlertPayload.class)))
                                          @RequestBody(required = false) String body) {
        if (!authorized(authorization)) {
            throw new BusinessRuleException(HttpStatus.UNAUTHORIZED, "operations.alert.error.token");
        }
        AlertPayload payload;
        try {
            payload = body == null ? null : json.readValue(body, AlertPayload.class);
        } catch (JacksonException e) {
            throw BusinessRuleException.invalid("error.malformedJson");
        }
        return incidents.receive(payload);
    }

    /** Constant-time comparison; no token configured means no caller is authorized. */
    private boolean authorized(String authorization) {
        String token = properties.alertToken();
        if (token == null || token.isBlank() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
