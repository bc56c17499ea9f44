package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Art. 11, 28, 29: the cloud-service budget finance arranged for a unit and a budget year. */
@Entity
@Table(name = "bil_budget_line")
class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private int budgetYear;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    private String note;

    @Column(nullable = false)
    private String setBy;

    @Column(nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected BudgetLine() {
    }

    BudgetLine(Long unitId, int budgetYear) {
        this.unitId = unitId;
        this.budgetYear = budgetYear;
    }

    void set(BigDecimal amount, String note, String setBy, Instant setAt) {
        this.amount = amount;
        this.note = note;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    Long getUnitId() { return unitId; }
    int getBudgetYear() { return budgetYear; }
    BigDecimal getAmount() { return amount; }
    String getNote() { return note; }

    String describe() {
        return amount == null ? null : "unit=" + unitId + ", year=" + budgetYear + ", amount=" + amount.toPlainString()
                + ", note=" + note;
    }
}
