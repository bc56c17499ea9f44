package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;

/** The ratio of a jointly borne item (州、县市共同负担事项, Art. 11): prefecture % + county % = 100 %. */
record JointTerms(BigDecimal prefecturePercent, BigDecimal countyPercent, Long countyId) {
}
