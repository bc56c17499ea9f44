package cn.gov.dehong.cloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.SpringVersion;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Error pages and error documents (404, 400, 500, UI and API, through the real servlet container) never show a
 * stack trace, an exception class or message, nor the versions of Spring, Tomcat or Java (OWASP ASVS V7.4.1, V14.3).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIT {

    private static final String SECRET = "internal-detail-7f3a";

    @LocalServerPort int port;

    @TestConfiguration
    static class Failing {
        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @Controller
    static class FailingController {
        @GetMapping("/api/v1/test-only/boom")
        @ResponseBody
        String apiBoom() {
            throw new IllegalStateException(SECRET + " at com.example.Secret");
        }

        @GetMapping("/test-only/boom")
        String pageBoom() {
            throw new IllegalStateException(SECRET + " at com.example.Secret");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void apiErrorsAreGeneric() throws Exception {
        assertGeneric(api("GET", "/api/v1/no-such-resource", null), 404);
        assertGeneric(api("GET", "/api/v1/applications/not-a-number", null), 400);
        assertGeneric(api("POST", "/api/v1/applications", "{\"kind\": [unclosed"), 400);
        assertGeneric(api("GET", "/api/v1/applications/99999999", null), 404);
        assertGeneric(api("GET", "/api/v1/test-only/boom", null), 500);
    }

    @Test
    void pageErrorsAreGeneric() throws Exception {
        login("edu.applicant");
        assertGeneric(page("/no-such-page"), 404);
        assertGeneric(page("/applications/not-a-number"), 400);
        assertGeneric(page("/test-only/boom"), 500);
    }

    @Test
    void containerLevelErrorsAreGenericToo() throws Exception {
        // refused by the firewall/container before any controller: an encoded slash and a bad escape
        HttpResponse<String> encoded = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/%2e%2e/%2fetc"))
                .header("Authorization", basic("edu.applicant")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(encoded.statusCode()).isBetween(400, 404);
        assertNothingLeaks(encoded);
    }

    private void assertGeneric(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertNothingLeaks(response);
    }

    private void assertNothingLeaks(HttpResponse<String> response) {
        String body = response.body();
        assertThat(body).as("error body of %s", response.uri())
                .doesNotContain(SECRET, "com.example", "Exception", "exception", "\tat ", "trace", "Whitelabel",
                        "Tomcat", "tomcat", "Spring", "springframework", "java.", "jakarta.",
                        SpringBootVersion.getVersion(), SpringVersion.getVersion(), System.getProperty("java.version"));
        for (String header : List.of("Server", "X-Powered-By", "X-Application-Context")) {
            assertThat(response.headers().firstValue(header)).as(header).isEmpty();
        }
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", basic("edu.applicant")).header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void login(String user) throws Exception {
        String form = page("/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("csrf token on the login page").isTrue();
        String body = "username=" + user + "&password=Demo%402026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.headers().firstValue("Location")).as("logged in").hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8));
    }
}
