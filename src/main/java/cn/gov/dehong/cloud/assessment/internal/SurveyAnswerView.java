package cn.gov.dehong.cloud.assessment.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.Satisfaction;

record SurveyAnswerView(Long id, Long surveyId, Long unitId, String unitName, Satisfaction satisfaction, String comment,
                        String answeredBy, Instant answeredAt) {
}
