package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document against the code: every API type its own schema with the properties of the Java record,
 * errors documented with one ProblemDetail schema and answered as localized problem details, the security
 * schemes, stable operationIds. Writes the document to {@code target/openapi/openapi.json} for the linters
 * ({@code scripts/lint-openapi.sh}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentIT {

    static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        byte[] body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        document = json.readTree(body);
    }

    @Test
    void theDocumentIsWrittenForTheLinters() throws Exception {
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, json.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        assertThat(json.readTree(Files.readString(DOCUMENT))).isEqualTo(document);
        assertThat(document.path("paths").size()).isGreaterThan(100);
    }

    /**
     * The contract test's client is generated at build time from the committed snapshot
     * {@code src/test/resources/openapi/api-v1.json} (the document exists only while the app runs): the snapshot must
     * be the document the app serves, byte for byte after parsing. A change of the API changes the document; the
     * developer refreshes the snapshot with the app's own output ({@code -Dopenapi.snapshot.update=true}), never by
     * hand, and the diff of the snapshot is reviewed with the change.
     */
    @Test
    void theCommittedSnapshotTheContractClientIsGeneratedFromIsTheLiveDocument() throws Exception {
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.writeString(SNAPSHOT, json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
        }
        assertThat(Files.exists(SNAPSHOT)).as(SNAPSHOT + " is missing. " + REFRESH).isTrue();
        JsonNode snapshot = json.readTree(Files.readString(SNAPSHOT));
        List<String> differences = new ArrayList<>();
        differences(snapshot, document, "", differences);
        assertThat(differences)
                .as("The OpenAPI document the app serves differs from the committed snapshot %s, from which the "
                        + "contract test's client is generated (first differences: snapshot → live). If the API change "
                        + "is intended: %s", SNAPSHOT, REFRESH)
                .isEmpty();
    }

    static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "api-v1.json");
    static final String REFRESH = "refresh it with ./mvnw -B verify -Dtest=ModularityTests -Dit.test=OpenApiDocumentIT "
            + "-Dit.postgres.skip=true -Dspotbugs.skip=true -Dopenapi.snapshot.update=true, review the diff of "
            + SNAPSHOT + " and commit it with the change (a second build then generates the client from it)";

    /** JSON pointers where the two trees differ (object member order is not a difference), at most 20. */
    private static void differences(JsonNode expected, JsonNode actual, String pointer, List<String> out) {
        if (out.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(child + ": only in the live document");
                } else if (!actual.has(name)) {
                    out.add(child + ": only in the snapshot");
                } else {
                    differences(expected.get(name), actual.get(name), child, out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(expected.get(i), actual.get(i), pointer + "/" + i, out);
            }
        } else {
            out.add(pointer + ": " + abbreviate(expected) + " → " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    // ---- 1. one schema per Java type, with that type's properties ----

    @Test
    void everyApiTypeHasASchemaOfItsOwnWithItsProperties() {
        Set<Class<?>> types = apiTypes();
        assertThat(types).hasSizeGreaterThan(100);
        Map<String, Class<?>> byName = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.getTypeParameters().length > 0) {
                continue; // named with its type arguments, e.g. PagedModel…
            }
            String name = OpenApiConfiguration.schemaName(type);
            Class<?> other = byName.put(name, type);
            if (other != null) {
                problems.add(name + ": " + other.getName() + " and " + type.getName());
            }
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (schema.isMissingNode()) {
                problems.add(name + " (" + type.getName() + ") has no schema");
            } else if (type.isRecord()) {
                Set<String> documented = new TreeSet<>(schema.path("properties").propertyNames());
                if (!documented.equals(jsonProperties(type))) {
                    problems.add(name + " documents " + documented + ", " + type.getName() + " has "
                            + jsonProperties(type));
                }
            }
        }
        assertThat(problems).isEmpty();
        // the twelve simple names that once shared a schema are now as many schemas as types
        assertThat(types.stream().filter(t -> t.getSimpleName().equals("IncidentView"))).hasSize(2);
    }

    @Test
    void theReviewThePenaltyAndTheIncidentListAreTheObjectsTheControllersUse() {
        HandlerMethod review = handler(RequestMethod.POST, "/api/v1/applications/{id}/reviews");
        assertThat(documentedProperties(requestSchema("/api/v1/applications/{id}/reviews", "post")))
                .isEqualTo(jsonProperties(requestBodyType(review)))
                .contains("necessity", "feasibility").doesNotContain("accepted");

        HandlerMethod penalty = handler(RequestMethod.POST, "/api/v1/billing/penalties");
        assertThat(documentedProperties(requestSchema("/api/v1/billing/penalties", "post")))
                .isEqualTo(jsonProperties(requestBodyType(penalty)))
                .contains("kind", "reference");

        HandlerMethod incidents = handler(RequestMethod.GET, "/api/v1/operations/incidents");
        Class<?> item = elementType(incidents.getMethod().getGenericReturnType());
        assertThat(item.getEnclosingClass().getSimpleName()).isEqualTo("IncidentService");
        JsonNode page = resolve(document.at("/paths/~1api~1v1~1operations~1incidents/get/responses/200/content")
                .path("application/json").path("schema"));
        assertThat(documentedProperties(resolve(page.path("properties").path("content").path("items"))))
                .isEqualTo(jsonProperties(item));
    }

    // ---- 2. errors ----

    @Test
    void everyOperationDocumentsItsErrorsWithTheProblemDetailSchemaAndSuccessAsJson() {
        JsonNode problem = document.path("components").path("schemas").path(OpenApiConfiguration.PROBLEM);
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "code", "fields");
        List<String> missing = new ArrayList<>();
        operations().forEach((key, operation) -> {
            String method = key.substring(0, key.indexOf(' '));
            List<String> expected = new ArrayList<>(List.of("400", "401", "403", "404", "500"));
            if (!method.equals("get")) {
                expected.add("409");
            }
            if (operation.path("security").isMissingNode()) {
                expected.add("429"); // the login rate limit of HTTP basic
            }
            for (String code : expected) {
                JsonNode content = operation.path("responses").path(code).path("content");
                if (!content.has(OpenApiConfiguration.PROBLEM_JSON) || content.size() != 1
                        || !content.path(OpenApiConfiguration.PROBLEM_JSON).path("schema").path("$ref").asString("")
                        .equals("#/components/schemas/ProblemDetail")) {
                    missing.add(key + " " + code);
                }
            }
            operation.path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2") && response.getValue().path("content").has("*/*")) {
                    missing.add(key + " " + response.getKey() + " */*");
                }
            });
        });
        assertThat(missing).isEmpty();
        assertThat(operations().get("get /api/v1/applications").at("/responses/200/content").propertyNames())
                .containsExactly("application/json");
        assertThat(operations().get("get /api/v1/billing/budgets/xlsx").at("/responses/200/content").propertyNames())
                .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void errorsOfTheApiAreLocalizedProblemDetailsWithAStableCode() throws Exception {
        // unknown route
        JsonNode notFound = problem(get("/api/v1/no-such-thing").with(as("edu.applicant")), 404,
                "error.route.notFound", null);
        assertThat(notFound.path("title").asString()).isEqualTo("未找到");
        JsonNode notFoundEn = problem(get("/api/v1/no-such-thing").with(as("edu.applicant")), 404,
                "error.route.notFound", "en");
        assertThat(notFoundEn.path("title").asString()).isEqualTo("Not found");
        assertThat(notFoundEn.path("detail").asString()).startsWith("There is no such API endpoint");
        // wrong method: the Allow header says which
        MvcResult wrongMethod = mvc.perform(delete("/api/v1/tasks").with(as("edu.applicant"))).andReturn();
        assertThat(wrongMethod.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET");
        JsonNode method = problem(delete("/api/v1/tasks").with(as("edu.applicant")), 405,
                "error.method.notAllowed", "en");
        assertThat(method.path("detail").asString()).isEqualTo("This endpoint does not accept DELETE requests");
        assertThat(problem(delete("/api/v1/tasks").with(as("edu.applicant")), 405, "error.method.notAllowed", null)
                .path("title").asString()).isEqualTo("方法不允许");
        // unsupported media type: a JSON body sent as text (the controller's body reader refuses it) …
        JsonNode media = problem(post("/api/v1/applications").with(as("edu.applicant"))
                .contentType(MediaType.TEXT_PLAIN).content("{}"), 415, "error.mediaType.unsupported", null);
        assertThat(media.path("title").asString()).isEqualTo("内容类型不支持");
        assertThat(media.path("detail").asString()).contains("text/plain");
        // … and JSON to an upload that only takes multipart (no controller method matches)
        assertThat(problem(post("/api/v1/assessments/merits").with(as("dec.acceptor"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"), 415, "error.mediaType.unsupported", "en")
                .path("title").asString()).isEqualTo("Unsupported media type");
        // missing or bad credentials
        JsonNode anonymous = problem(get("/api/v1/tasks"), 401, "error.unauthenticated", null);
        assertThat(anonymous.path("title").asString()).isEqualTo("未登录");
        JsonNode wrongPassword = problem(get("/api/v1/tasks")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("edu.applicant", "wrong-password")), 401, "error.unauthenticated", "en");
        assertThat(wrongPassword.path("title").asString()).isEqualTo("Not signed in");
        assertThat(wrongPassword.path("detail").asString()).isEqualTo("Please sign in first");
        // a missing required parameter
        assertThat(problem(get("/api/v1/billing/budgets/xlsx").with(as("finance")), 400,
                "error.parameter.missing", "en").path("detail").asString()).isEqualTo("Parameter year is missing");
    }

    /** Performs the request, expects a problem detail with the status and code, as the document's schema requires. */
    private JsonNode problem(MockHttpServletRequestBuilder request, int status, String code, String language)
            throws Exception {
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
                .as(body).matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        JsonNode problem = json.readTree(body);
        assertThat(problem.path("code").asString()).as(body).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        JsonNode schema = document.path("components").path("schemas").path(OpenApiConfiguration.PROBLEM);
        for (JsonNode required : schema.path("required")) {
            assertThat(problem.has(required.asString())).as(required + " in " + body).isTrue();
        }
        assertThat(schema.path("properties").propertyNames()).containsAll(problem.propertyNames());
        return problem;
    }

    // ---- 3. security schemes ----

    @Test
    void basicTheSecondFactorAndTheWebhookTokenAreSecuritySchemes() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        JsonNode otp = schemes.path(OpenApiConfiguration.SECOND_FACTOR);
        assertThat(otp.path("type").asString()).isEqualTo("apiKey");
        assertThat(otp.path("in").asString()).isEqualTo("header");
        assertThat(otp.path("name").asString()).isEqualTo(ApiSecondFactorFilter.HEADER);
        assertThat(otp.path("description").asString()).contains("TOTP");
        JsonNode bearer = schemes.path(OpenApiConfiguration.ALERT_TOKEN);
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");

        JsonNode webhook = operations().get("post /api/v1/operations/alerts");
        assertThat(webhook.path("security").size()).isEqualTo(1);
        assertThat(webhook.path("security").get(0).propertyNames()).containsExactly(OpenApiConfiguration.ALERT_TOKEN);
        for (JsonNode parameter : webhook.path("parameters")) {
            assertThat(parameter.path("name").asString()).isNotEqualToIgnoringCase(HttpHeaders.AUTHORIZATION);
        }
        assertThat(resolve(webhook.at("/requestBody/content").path("application/json").path("schema"))
                .path("properties").propertyNames()).contains("alerts", "version");
        // everything else: HTTP basic, with X-OTP for the two-factor roles
        List<Set<String>> global = new ArrayList<>();
        document.path("security").forEach(requirement -> global.add(new TreeSet<>(requirement.propertyNames())));
        assertThat(global).containsExactlyInAnyOrder(Set.of("basic", OpenApiConfiguration.SECOND_FACTOR), Set.of("basic"));
    }

    // ---- 4. operationIds and summaries ----

    @Test
    void operationIdsAreDerivedFromControllerAndMethodUniqueAndEveryOperationHasAChineseAndEnglishSummary() {
        Map<String, String> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        operations().forEach((key, operation) -> {
            String id = operation.path("operationId").asString("");
            if (!id.matches("[a-z][A-Za-z]*_[a-z][A-Za-z0-9]*") || id.matches(".*_\\d+")) {
                problems.add(key + ": operationId " + id);
            }
            String other = ids.put(id, key);
            if (other != null) {
                problems.add(id + " twice: " + other + ", " + key);
            }
            // Chinese first, then English: "提交申请 / Submit: …"
            if (!operation.path("summary").asString("").matches("\\p{IsHan}[^/]*? / .*\\p{IsLatin}.*")) {
                problems.add(key + ": summary " + operation.path("summary"));
            }
        });
        // each is the id of its controller method, not one that springdoc numbered to make it unique
        apiHandlers().forEach((info, handler) -> info.getPatternValues().forEach(path -> info.getMethodsCondition()
                .getMethods().forEach(method -> {
                    JsonNode operation = document.path("paths").path(path).path(method.name().toLowerCase());
                    String expected = OpenApiConfiguration.operationId(handler.getBeanType(),
                            handler.getMethod().getName());
                    if (!operation.isMissingNode() && !operation.path("operationId").asString("").equals(expected)) {
                        problems.add(method + " " + path + ": " + operation.path("operationId") + " is not " + expected);
                    }
                })));
        assertThat(problems).isEmpty();
        assertThat(operations().get("post /api/v1/applications/{id}/reviews").path("operationId").asString())
                .isEqualTo(OpenApiConfiguration.operationId(
                        handler(RequestMethod.POST, "/api/v1/applications/{id}/reviews").getBeanType(), "review"));
    }

    // ---- the code side ----

    /** "method path" → operation of the document. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.put(operation.getKey() + " " + path.getKey(), operation.getValue())));
        assertThat(operations).hasSizeGreaterThan(200);
        return operations;
    }

    private Map<RequestMappingInfo, HandlerMethod> apiHandlers() {
        Map<RequestMappingInfo, HandlerMethod> api = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"))) {
                api.put(info, method);
            }
        });
        return api;
    }

    private HandlerMethod handler(RequestMethod method, String path) {
        List<HandlerMethod> found = apiHandlers().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().contains(path)
                        && e.getKey().getMethodsCondition().getMethods().contains(method))
                .map(Map.Entry::getValue).toList();
        assertThat(found).as(method + " " + path).hasSize(1);
        return found.get(0);
    }

    private static Class<?> requestBodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        throw new AssertionError("no request body: " + handler);
    }

    /** The platform's types that the API's controllers read and write, with the types of their properties. */
    private Set<Class<?>> apiTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        for (HandlerMethod handler : apiHandlers().values()) {
            todo.add(handler.getMethod().getGenericReturnType());
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)
                        && parameter.getParameterType() != String.class) {
                    todo.add(parameter.getGenericParameterType());
                }
            }
        }
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.add(parameterized.getRawType());
                todo.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                todo.addAll(Arrays.asList(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> cls) {
                if (cls.isArray()) {
                    todo.add(cls.getComponentType());
                } else if (cls.getName().startsWith(OpenApiConfiguration.ROOT_PACKAGE + ".") && !cls.isEnum()
                        && !cls.isInterface() && types.add(cls)) {
                    if (cls.isRecord()) {
                        for (RecordComponent component : cls.getRecordComponents()) {
                            todo.add(component.getGenericType());
                        }
                    } else {
                        for (PropertyDescriptor property : beanProperties(cls)) {
                            todo.add(property.getReadMethod().getGenericReturnType());
                        }
                    }
                }
            }
        }
        return types;
    }

    private static List<PropertyDescriptor> beanProperties(Class<?> type) {
        try {
            return Arrays.stream(Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors())
                    .filter(p -> p.getReadMethod() != null).toList();
        } catch (java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record's JSON properties: its components and bean getters, without those marked {@code @JsonIgnore}. */
    static Set<String> jsonProperties(Class<?> record) {
        assertThat(record.isRecord()).as(record.getName()).isTrue();
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (!component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                    && !component.isAnnotationPresent(JsonIgnore.class)) {
                names.add(component.getName());
            }
        }
        for (Method method : record.getMethods()) {
            String name = method.getName();
            boolean getter = name.startsWith("get") && name.length() > 3
                    || name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class;
            com.fasterxml.jackson.annotation.JsonProperty property =
                    method.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property != null && method.getDeclaringClass() == record) {
                names.add(property.value().isEmpty() ? name : property.value());
            } else if (getter && method.getParameterCount() == 0 && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == record && !method.isAnnotationPresent(JsonIgnore.class)) {
                names.add(Introspector.decapitalize(name.substring(name.startsWith("is") ? 2 : 3)));
            }
        }
        return names;
    }

    /** The element of a list, page or response entity, else the type itself. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return elementType(arguments[arguments.length - 1]);
        }
        return (Class<?>) type;
    }

    private JsonNode requestSchema(String path, String method) {
        return resolve(document.path("paths").path(path).path(method).path("requestBody").path("content")
                .path("application/json").path("schema"));
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        assertThat(ref).startsWith("#/components/schemas/");
        JsonNode resolved = document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        assertThat(resolved.isMissingNode()).as(ref).isFalse();
        return resolved;
    }

    private static Set<String> documentedProperties(JsonNode schema) {
        return new TreeSet<>(schema.path("properties").propertyNames());
    }
}
