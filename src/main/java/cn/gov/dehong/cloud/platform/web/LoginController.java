package cn.gov.dehong.cloud.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page. A failed login shows one message whatever the reason (unknown account, wrong password, locked or
 * disabled account), so the page never tells whether an account exists; the reason is in the audit log.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
