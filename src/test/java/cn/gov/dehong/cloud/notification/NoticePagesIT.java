package cn.gov.dehong.cloud.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The inbox page: notices in the reader's language, unread ones marked, read receipts per person. */
@SpringBootTest
@AutoConfigureMockMvc
class NoticePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notices notices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("edu.applicant")
    void theInboxRenders() throws Exception {
        assertThat(page(get("/notices"))).contains("<h1").doesNotContain("??");
    }

    /** Sent and read inside the test transaction, rolled back afterwards. */
    @Test
    @Transactional
    @WithUserDetails("edu.applicant")
    void showsTranslatedNoticesAndMarksThemRead() throws Exception {
        notices.send("user:edu.applicant", "notice.application.reviewNotice",
                List.of("SQ-IT-0001", "德宏州教育体育局", "IT system", "review.approved"), "/applications/1");
        Long mine = latestFor("user:edu.applicant");
        notices.send("user:finance", "notice.application.rejected", List.of("SQ-IT-0002", "IT other"), null);
        Long theirs = latestFor("user:finance");

        String inbox = page(get("/notices"));
        assertThat(inbox).contains("审核意见告知：德宏州教育体育局 的申请 SQ-IT-0001（IT system）审核通过",
                        "href=\"/applications/1\"", "id=\"notice-" + mine + "\"", "notice-unread",
                        "action=\"/notices/" + mine + "/read?page=0\"")
                .doesNotContain("SQ-IT-0002", "??");
        assertThat(page(get("/notices").param("lang", "en")))
                .contains("Review notice: application SQ-IT-0001 of 德宏州教育体育局 (IT system) approved");

        mvc.perform(post("/notices/" + mine + "/read").param("page", "0").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notices?page=0"));
        assertThat(page(get("/notices"))).contains("id=\"notice-" + mine + "\"")
                .doesNotContain("action=\"/notices/" + mine + "/read");

        // another person's notice cannot be marked, nor is its existence revealed
        mvc.perform(post("/notices/" + theirs + "/read").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/notices/" + mine + "/read")).andExpect(status().isForbidden());
    }

    private Long latestFor(String recipient) {
        return jdbc.queryForObject("SELECT MAX(id) FROM ntf_notice WHERE recipient = ?", Long.class, recipient);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
