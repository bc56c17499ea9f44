package cn.gov.dehong.cloud.organization.internal;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The bootstrap refused to create the administrators (there are accounts already, a password is missing or weak, the
 * operating unit cannot be found); nothing was created. As the cause of a failed start, Spring Boot exits the JVM with
 * {@link #EXIT_CODE}.
 */
class BootstrapRefused extends RuntimeException implements ExitCodeGenerator {

    static final int EXIT_CODE = 2;

    private static final long serialVersionUID = 1L;

    BootstrapRefused(String reason) {
        super(reason);
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
