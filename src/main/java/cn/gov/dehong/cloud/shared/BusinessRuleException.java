package cn.gov.dehong.cloud.shared;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the regulation or of the platform. Carries a message key (resolved in the
 * user's language) and the HTTP status that describes it; nothing has been changed when it is thrown.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final HttpStatus status;

    public BusinessRuleException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static BusinessRuleException invalid(String messageKey, Object... arguments) {
        return new BusinessRuleException(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    public static BusinessRuleException conflict(String messageKey, Object... arguments) {
        return new BusinessRuleException(HttpStatus.CONFLICT, messageKey, arguments);
    }

    public static BusinessRuleException notFound(String messageKey, Object... arguments) {
        return new BusinessRuleException(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    public static BusinessRuleException forbidden(String messageKey, Object... arguments) {
        return new BusinessRuleException(HttpStatus.FORBIDDEN, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }

    public HttpStatus getStatus() {
        return status;
    }
}
