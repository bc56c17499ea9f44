package cn.gov.dehong.cloud.operations.internal;

import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UserView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Art. 14 fault and recovery notices by e-mail to the affected unit's leaders and applicants, sent after the incident
 * is committed (the event publication registry retries a failed delivery after a restart). Without Spring Mail
 * configured ({@code spring.mail.host}) there is no mail sender and the notices stay in-app.
 */
@Component
class FaultMailer {

    private static final Logger log = LoggerFactory.getLogger(FaultMailer.class);

    /** One unit's copy of a notice: the same message key and arguments as the in-app notice. */
    record UnitMail(Long unitId, String messageKey, List<String> arguments, String link) {
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final OperationsProperties properties;

    FaultMailer(ObjectProvider<JavaMailSender> mailSender, OrganizationDirectory organization, MessageSource messages,
                OperationsProperties properties) {
        this.mailSender = mailSender;
        this.organization = organization;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(UnitMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        String[] recipients = java.util.stream.Stream.of(Role.UNIT_LEADER, Role.UNIT_APPLICANT)
                .flatMap(role -> organization.usersWithRole(role).stream())
                .filter(user -> user.enabled() && mail.unitId().equals(user.unitId()))
                .map(UserView::email).filter(email -> email != null && !email.isBlank()).distinct()
                .toArray(String[]::new);
        if (recipients.length == 0) {
            log.warn("No e-mail address for the leaders or applicants of unit {}; {} stays in-app only", mail.unitId(),
                    mail.messageKey());
            return;
        }
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        Object[] args = mail.arguments().toArray();
        String subject = messages.getMessage(mail.messageKey() + ".subject", args, chinese);
        String text = messages.getMessage(mail.messageKey(), args, chinese) + "\n\n"
                + messages.getMessage("operations.mail.link", new Object[] {mail.link()}, chinese);
        // one message per person: nobody's address is shown to the others
        SimpleMailMessage[] batch = java.util.Arrays.stream(recipients).map(recipient -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(recipient);
            message.setSubject(subject);
            message.setText(text);
            return message;
        }).toArray(SimpleMailMessage[]::new);
        sender.send(batch);
    }
}
