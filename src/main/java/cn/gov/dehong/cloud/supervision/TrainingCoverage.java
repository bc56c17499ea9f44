package cn.gov.dehong.cloud.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Extension point for training (Art. 33): per unit the training coverage of [from, to] as a ratio 0..1. When a bean
 * exists, the report shows the column and the ranking's TRAINING weight scores it; without one the criterion is
 * left out of every score (its weight is not counted).
 */
public interface TrainingCoverage {

    Map<Long, BigDecimal> coverage(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
