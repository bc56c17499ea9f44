package cn.gov.dehong.cloud.organization.internal;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.SecondFactor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaSecondFactor implements SecondFactor {

    private static final String TYPE = "UserAccount";
    private static final int SECRET_BYTES = 20;

    private final UserAccountRepository users;
    private final SecondFactorPolicy policy;
    private final SecretCipher cipher;
    private final LoginAudit loginAudit;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();

    JpaSecondFactor(UserAccountRepository users, SecondFactorPolicy policy, SecretCipher cipher, LoginAudit loginAudit,
                    AuditLog audit, Clock clock, @Value("${dehong.security.mfa.issuer:德宏云}") String issuer) {
        this.users = users;
        this.policy = policy;
        this.cipher = cipher;
        this.loginAudit = loginAudit;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean requiredFor(String username) {
        return users.findByUsername(username).map(policy::requiredFor).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return users.findByUsername(username).map(UserAccount::isTotpEnabled).orElse(false);
    }

    @Override
    public Enrolment startEnrolment(String username) {
        UserAccount account = load(username);
        byte[] secret;
        if (account.getTotpPendingSecret() != null) {
            // the same secret until it is confirmed: a mistyped code does not invalidate the scanned QR code
            secret = cipher.decrypt(account.getTotpPendingSecret());
        } else {
            secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            account.startTotpEnrolment(cipher.encrypt(secret));
        }
        String base32 = new Base32().encodeToString(secret);
        String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=" + Totp.STEP.toSeconds();
        return new Enrolment(base32, uri, qrCode(uri));
    }

    @Override
    public void confirmEnrolment(String username, String code) {
        UserAccount account = load(username);
        if (account.getTotpPendingSecret() == null) {
            throw BusinessRuleException.invalid("mfa.error.noEnrolment");
        }
        OptionalLong step = totp.matchingStep(cipher.decrypt(account.getTotpPendingSecret()), code, clock.instant());
        if (step.isEmpty() || users.acceptNewerTotpStep(username, step.getAsLong()) == 0) {
            loginAudit.secondFactorFailed(username, "enrolment: wrong code");
            throw BusinessRuleException.invalid("mfa.error.code");
        }
        // on the entity too: its update at commit writes every column (the conditional UPDATE above decided the race)
        account.activateTotp(step.getAsLong());
        audit.record("security.mfa.enrol", TYPE, username, null, null);
    }

    @Override
    public void verify(String username, String code, Channel channel) {
        UserAccount account = load(username);
        if (account.isLockedAt(clock.instant())) {
            throw BusinessRuleException.forbidden("mfa.error.locked");
        }
        if (!account.isTotpEnabled()) {
            loginAudit.secondFactorFailed(username, channel + ": not enrolled");
            throw BusinessRuleException.forbidden("mfa.error.notEnrolled");
        }
        if (code == null || code.isBlank()) {
            loginAudit.secondFactorFailed(username, channel + ": no code");
            throw BusinessRuleException.invalid("mfa.error.codeMissing");
        }
        OptionalLong step = totp.matchingStep(cipher.decrypt(account.getTotpSecret()), code, clock.instant());
        if (step.isEmpty()) {
            loginAudit.secondFactorFailed(username, channel + ": wrong code");
            throw BusinessRuleException.invalid("mfa.error.code");
        }
        int accepted = channel == Channel.FORM ? users.acceptNewerTotpStep(username, step.getAsLong())
                : users.acceptCurrentTotpStep(username, step.getAsLong());
        if (accepted == 0) {
            loginAudit.secondFactorFailed(username, channel + ": code already used");
            throw BusinessRuleException.invalid("mfa.error.replayed");
        }
        loginAudit.secondFactorSucceeded(username);
    }

    @Override
    public void disable(String username, String code) {
        UserAccount account = load(username);
        if (SecondFactorPolicy.roleRequires(account)) {
            throw BusinessRuleException.forbidden("mfa.error.required");
        }
        verify(username, code, Channel.FORM);
        account.clearTotp();
        audit.record("security.mfa.disable", TYPE, username, null, null);
    }

    @Override
    public void reset(Actor admin, String username) {
        JpaUserAdministration.requireAccountAdministration(admin);
        UserAccount account = load(username);
        JpaUserAdministration.requireCredentialsReset(admin, account);
        account.clearTotp();
        audit.record("security.mfa.reset", TYPE, username, null, "second factor cleared by " + admin.username());
    }

    private UserAccount load(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    /** The otpauth URI as a QR code, an SVG data URI (the CSP allows data: images, no script needed). */
    static String qrCode(String uri) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0);
            int quiet = 4;
            int size = matrix.getWidth() + 2 * quiet;
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x + quiet).append(',').append(y + quiet).append("h1v1h-1z");
                    }
                }
            }
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(svg.getBytes(StandardCharsets.UTF_8));
            return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
