package cn.gov.dehong.cloud;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DehongCloudApplication {

    /** The one-shot command of the first start in production (README "Production"): bootstrap, then exit. */
    static final String BOOTSTRAP = "dehong.bootstrap.enabled";

    public static void main(String[] args) {
        ConfigurableApplicationContext context = application().run(args);
        if (oneShot(context.getEnvironment())) {
            // a refused bootstrap never gets here: the failed start exits with the refusal's exit code
            System.exit(SpringApplication.exit(context));
        }
    }

    /** The application as {@link #main} runs it (also for tests of the one-shot command). */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(DehongCloudApplication.class);
        application.addListeners(new OneShotCommand());
        return application;
    }

    static boolean oneShot(Environment environment) {
        return environment.getProperty(BOOTSTRAP, Boolean.class, false);
    }

    /**
     * A one-shot command opens no port (it may run next to the running service) and runs no workflow jobs: the web
     * server does not listen ({@code server.port=-1}; the web application context stays, the security configuration
     * needs it) and the workflow engine's async executor stays off.
     */
    static final class OneShotCommand implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (oneShot(event.getEnvironment())) {
                event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oneShotCommand",
                        Map.of("server.port", "-1", "flowable.async-executor-activate", "false")));
            }
        }
    }
}
