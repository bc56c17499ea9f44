package cn.gov.dehong.cloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.support.Concurrently;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person who opens several links of one session at the same moment (new tabs, a page that loads fragments in
 * parallel) gets every page: right after a form login each of those requests stores the session's new CSRF token,
 * and the session attribute writes must not collide (issue 20, item 0: 2–3 of 4 pages answered 500 on a duplicate
 * key of {@code spring_session_attributes}). Through the real servlet container and the database-backed session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelRequestsInOneSessionIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final List<String> PAGES = List.of("/tasks", "/applications", "/services", "/billing", "/notices",
            "/security");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesOpenedAtOnceRightAfterTheLoginAllAnswer() throws Exception {
        for (int round = 0; round < 3; round++) {
            String session = freshLogin("edu.applicant");
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String page : PAGES) {
                calls.add(() -> http.send(HttpRequest.newBuilder(URI.create(base() + page))
                        .header("Cookie", "SESSION=" + session).header("Accept", "text/html").GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            @SuppressWarnings("unchecked")
            List<Integer> statuses = Concurrently.run(calls.toArray(Callable[]::new));
            assertThat(statuses).as("round %d: every page of one fresh session", round).containsOnly(200);
            // the session still works afterwards (its attributes were not lost)
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/tasks"))
                    .header("Cookie", "SESSION=" + session).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
    }

    /** A form login like a browser's: the login page's CSRF token and cookie, then the post; the new session id. */
    private String freshLogin(String user) throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String anonymous = sessionOf(loginPage);
        String form = "username=" + user + "&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "SESSION=" + anonymous)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return sessionOf(login);
    }

    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
