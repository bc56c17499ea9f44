package cn.gov.dehong.cloud.organization.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --dehong.bootstrap.enabled=true}: the one-shot command of the first start in production. The application
 * starts without its web server, creates the three administrators and exits (0); a refusal fails the start with exit
 * code {@value BootstrapRefused#EXIT_CODE} and a log line naming the reason (see {@code DehongCloudApplication#main}).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "dehong.bootstrap.enabled", havingValue = "true")
class AdministratorBootstrapCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrapCommand.class);

    private final AdministratorBootstrap bootstrap;
    private final BootstrapSettings settings;

    AdministratorBootstrapCommand(AdministratorBootstrap bootstrap, BootstrapSettings settings) {
        this.bootstrap = bootstrap;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            AdministratorBootstrap.Result result = bootstrap.run(settings);
            log.info("Bootstrap done: unit {} {}{}, administrators {} (system, security, audit); each must change the"
                            + " password and enrol an authenticator app at the first login",
                    result.unitCode(), result.unitName(), result.unitCreated() ? " (created)" : "", result.usernames());
        } catch (BootstrapRefused refused) {
            log.error("Bootstrap refused, nothing was created: {}", refused.getMessage());
            throw refused;
        }
    }
}
