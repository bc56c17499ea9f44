package cn.gov.dehong.cloud.assessment.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.Satisfaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's one answer to a survey (unique per survey and unit). */
@Entity
@Table(name = "asm_survey_answer")
class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long surveyId;
    @Column(nullable = false)
    private Long unitId;
    @Column(nullable = false)
    private String unitName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Satisfaction satisfaction;
    @Column(name = "comment_text", length = 1000)
    private String comment;
    @Column(nullable = false)
    private String answeredBy;
    @Column(nullable = false)
    private Instant answeredAt;

    protected SurveyAnswer() {
    }

    SurveyAnswer(Long surveyId, Long unitId, String unitName, Satisfaction satisfaction, String comment,
                 String answeredBy, Instant answeredAt) {
        this.surveyId = surveyId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.satisfaction = satisfaction;
        this.comment = comment;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    SurveyAnswerView toView() {
        return new SurveyAnswerView(id, surveyId, unitId, unitName, satisfaction, comment, answeredBy, answeredAt);
    }

    Long getId() { return id; }
    Satisfaction getSatisfaction() { return satisfaction; }
}
