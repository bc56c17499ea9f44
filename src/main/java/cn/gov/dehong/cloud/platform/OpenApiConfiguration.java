package cn.gov.dehong.cloud.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.StringUtils;

/**
 * The OpenAPI document at {@code /v3/api-docs}: schema names unique per Java type ({@link #schemaName}), one
 * {@code ProblemDetail} schema for every error an operation can answer, the security schemes (HTTP basic, the
 * second factor {@code X-OTP}, the Alertmanager webhook's bearer token) and operationIds derived from controller
 * and method. The README's section "The REST API" states the rules.
 */
@Configuration
class OpenApiConfiguration {

    /** The package of the modules; a type below it is named after its module. */
    static final String ROOT_PACKAGE = "cn.gov.dehong.cloud";

    static final String BASIC = "basic";
    static final String SECOND_FACTOR = "secondFactor";
    /** The Alertmanager webhook's scheme; the operations module names it on its webhook operation. */
    static final String ALERT_TOKEN = "alertmanagerToken";
    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI dehongCloudOpenApi() {
        return new OpenAPI()
                .info(new Info().title("德宏云 · 云服务管理平台 API").version("v1")
                        .description("REST API of the Dehong Cloud service management platform. Every endpoint "
                                + "applies the same roles and data scope as the web UI. Errors are RFC 9457 "
                                + "problem details (`application/problem+json`, schema `ProblemDetail`) with a "
                                + "localized `title` and `detail` (Accept-Language: zh-CN by default, or en) and a "
                                + "stable `code`.")
                        .contact(new Contact().name("德宏州数字经济发展中心 · Dehong Digital Economy Development Center "
                                + "(operator of the platform)")))
                // relative: the host that serves this document (and the Swagger UI)
                .servers(List.of(new Server().url("/").description("this platform 本平台")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP basic with the platform login and password, on every request "
                                        + "(the API keeps no session). 每次请求均以平台账号和密码进行 HTTP 基本认证。"))
                        .addSecuritySchemes(SECOND_FACTOR, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiSecondFactorFilter.HEADER)
                                .description("Second factor of accounts with a two-factor role (DEC, finance, "
                                        + "vendor, security, administrators): the current 6-digit TOTP code of the "
                                        + "account, sent with HTTP basic on every request. Missing, wrong or reused "
                                        + "codes answer 401 and count towards the lockout. 双因素角色账号须在每次请求"
                                        + "的 X-OTP 头中附带当前动态口令。"))
                        .addSecuritySchemes(ALERT_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("Only for the Alertmanager webhook: the shared token "
                                        + "`dehong.operations.alert-token` (Alertmanager `http_config.authorization`). "
                                        + "告警回调专用令牌。")))
                // either HTTP basic with X-OTP (two-factor roles) or HTTP basic alone (the other roles)
                .addSecurityItem(new SecurityRequirement().addList(BASIC).addList(SECOND_FACTOR))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * Swagger's model resolver with {@link ModuleTypeNames}; it replaces the default one (the same class) in
     * springdoc's converter chain and is registered first so that springdoc's own converters stay in front of it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver moduleNamedModelResolver(SpringDocConfigProperties properties) {
        boolean openapi31 = properties.isOpenapi31();
        return new ModelResolver(openapi31 ? Json31.mapper() : Json.mapper(), new ModuleTypeNames()).openapi31(openapi31);
    }

    /**
     * The schema name of a type: the name its {@code @Schema(name = …)} gives, else its simple name prefixed with
     * its module ({@code cn.gov.dehong.cloud.<module>…}, capitalised) unless the simple name starts with it already;
     * types outside the platform keep their simple name.
     */
    static String schemaName(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema annotation =
                type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        if (annotation != null && StringUtils.hasText(annotation.name())) {
            return annotation.name().trim();
        }
        String simple = type.getSimpleName();
        String packageName = type.getPackageName();
        if (!packageName.startsWith(ROOT_PACKAGE + ".")) {
            return simple;
        }
        String module = packageName.substring(ROOT_PACKAGE.length() + 1).split("\\.")[0];
        String prefix = Character.toUpperCase(module.charAt(0)) + module.substring(1);
        return simple.startsWith(prefix) ? simple : prefix + simple;
    }

    /**
     * {@link #schemaName}; a second type under a name already given is refused instead of silently replacing the
     * first one's schema (swagger then writes an empty schema, which {@code OpenApiDocumentIT} reports).
     */
    static final class ModuleTypeNames extends TypeNameResolver {

        private final Map<String, String> given = new ConcurrentHashMap<>();

        @Override
        protected String nameForClass(Class<?> type, Set<Options> options) {
            if (options.contains(Options.SKIP_API_MODEL)) {
                return type.getSimpleName();
            }
            String name = schemaName(type);
            if (type.isEnum()) {
                return name; // enums are written inline, never as a schema of their own
            }
            String previous = given.putIfAbsent(name, type.getName());
            if (previous != null && !previous.equals(type.getName())) {
                throw new IllegalStateException("OpenAPI schema name " + name + " of " + type.getName()
                        + " is already the name of " + previous + ": give one of them @Schema(name = …)");
            }
            return name;
        }
    }

    /** {@code <controller>_<method>}: the controller's class name without "ApiController"/"Controller", lower camel. */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handlerMethod) -> {
            operation.setOperationId(operationId(handlerMethod.getBeanType(), handlerMethod.getMethod().getName()));
            return operation;
        };
    }

    static String operationId(Class<?> controller, String method) {
        String name = controller.getSimpleName();
        for (String suffix : List.of("ApiController", "Controller")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "_" + method;
    }

    /**
     * The error responses of every operation ({@link #errorResponses}), and binary downloads as what they are
     * (springdoc calls {@code byte[]} base64 text of the default media type).
     */
    @Bean
    OpenApiCustomizer problemDetailResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemDetailSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                binaryDownloads(path, operation);
                errorResponses(method, operation);
            }));
        };
    }

    /**
     * 400, 401, 403, 404, 500 for every operation; 409 for those that change state; 415 for those with a body; 429
     * for those under HTTP basic.
     */
    static void errorResponses(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "请求有误：参数、内容或业务规则不符（code 说明原因；校验错误见 fields） / Bad request: a parameter, "
                + "the body or a business rule (see code; validation errors in fields)");
        errors.put("401", "未登录：缺少或错误的凭据或动态口令 / Not authenticated: missing or wrong credentials or X-OTP");
        errors.put("403", "无权操作 / The caller's roles do not allow this");
        errors.put("404", "未找到该对象或不在数据范围内 / Not found, or outside the caller's data scope");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS) {
            errors.put("409", "冲突：状态已变化或他人同时处理 / Conflict: the object changed state or was changed "
                    + "concurrently (send the current version)");
        }
        if (operation.getRequestBody() != null) {
            errors.put("415", "不支持的请求内容类型 / Unsupported request content type");
        }
        if (operation.getSecurity() == null) {
            // HTTP basic goes through the login rate limit (LoginRateLimitFilter); the webhook's token does not
            errors.put("429", "请求过于频繁：该地址登录失败次数过多，见 Retry-After / Too many failed logins from this "
                    + "address; see Retry-After");
        }
        errors.put("500", "系统错误 / Unexpected error");
        errors.forEach((status, description) -> {
            ApiResponse response = responses.get(status);
            if (response == null) {
                response = new ApiResponse().description(description);
                responses.addApiResponse(status, response);
            }
            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        });
        operation.setResponses(responses);
    }

    /** {@code …/pdf}: PDF; {@code …/xlsx} and {@code …/export}: Excel; other files: octet-stream. */
    static void binaryDownloads(String path, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2") || response.getContent() == null) {
                return;
            }
            boolean binary = response.getContent().values().stream().anyMatch(media -> media.getSchema() != null
                    && "byte".equals(media.getSchema().getFormat()));
            if (binary) {
                String type = path.endsWith("/pdf") ? org.springframework.http.MediaType.APPLICATION_PDF_VALUE
                        : path.endsWith("/xlsx") || path.endsWith("/export")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE;
                response.setContent(new Content().addMediaType(type,
                        new MediaType().schema(typed("string").format("binary"))));
            }
        });
    }

    static Schema<?> problemDetailSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed("string").format("uri-reference")
                .description("problem type; omitted, i.e. about:blank, for all errors of the platform"));
        properties.put("title", typed("string").description("localized short title of the status, e.g. 未找到 / Not Found"));
        properties.put("status", typed("integer").format("int32").description("HTTP status"));
        properties.put("detail", typed("string").description("localized explanation (Accept-Language zh-CN or en)"));
        properties.put("instance", typed("string").format("uri-reference").description("the request path, when given"));
        properties.put("code", typed("string").description("stable message key for clients, e.g. error.validation, "
                + "application.error.declarationMissing"));
        properties.put("fields", typed("object").additionalProperties(typed("string"))
                .description("only with code error.validation: field name → localized message"));
        return typed("object").properties(properties).required(List.of("title", "status", "detail", "code"))
                .description("RFC 9457 problem detail, the body of every error of the API. 所有错误均以此格式返回。");
    }

    /** A schema of one JSON type, written as {@code type} in OpenAPI 3.1. */
    static Schema<?> typed(String type) {
        Schema<?> schema = new JsonSchema();
        schema.addType(type);
        return schema;
    }
}
