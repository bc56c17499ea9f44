package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** Amounts people type (budgets, deductions, adjustments): CNY with at most two decimals (fen), never in doubt. */
public final class Amounts {

    /** NUMERIC(14, 2): twelve digits before the point are more than any cloud bill. */
    private static final int INTEGER_DIGITS = 12;

    private Amounts() {
    }

    /** A form field: "1234.5", "1,234.50" and "¥1234.50" are read; anything else is a 400. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessRuleException.invalid("billing.error.amountMalformed", "");
        }
        try {
            return new BigDecimal(text.trim().replace(",", "").replace("¥", "").replace("￥", ""));
        } catch (NumberFormatException e) {
            throw BusinessRuleException.invalid("billing.error.amountMalformed", text);
        }
    }

    static BigDecimal nonNegative(BigDecimal amount) {
        BigDecimal checked = wellFormed(amount);
        if (checked.signum() < 0) {
            throw BusinessRuleException.invalid("billing.error.amountNegative", amount.toPlainString());
        }
        return checked;
    }

    static BigDecimal positive(BigDecimal amount) {
        BigDecimal checked = wellFormed(amount);
        if (checked.signum() <= 0) {
            throw BusinessRuleException.invalid("billing.error.amountNotPositive", amount.toPlainString());
        }
        return checked;
    }

    /** An adjustment: either sign, never zero. */
    static BigDecimal nonZero(BigDecimal amount) {
        BigDecimal checked = wellFormed(amount);
        if (checked.signum() == 0) {
            throw BusinessRuleException.invalid("billing.error.amountZero");
        }
        return checked;
    }

    private static BigDecimal wellFormed(BigDecimal amount) {
        if (amount == null) {
            throw BusinessRuleException.invalid("billing.error.amountMalformed", "");
        }
        BigDecimal normalized = amount.stripTrailingZeros();
        if (normalized.scale() > 2 || normalized.precision() - normalized.scale() > INTEGER_DIGITS) {
            throw BusinessRuleException.invalid("billing.error.amountMalformed", amount.toPlainString());
        }
        return amount.setScale(2);
    }
}
