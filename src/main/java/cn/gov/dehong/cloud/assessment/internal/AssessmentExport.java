package cn.gov.dehong.cloud.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.LateItem;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.MeritLine;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Part;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.TypeAvailability;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The assessment with its inputs as one Excel sheet: part, item, figure (numbers stay numbers). */
@Component
class AssessmentExport {

    private final MessageSource messages;

    AssessmentExport(MessageSource messages) {
        this.messages = messages;
    }

    Excel excel(AssessmentView a, Locale locale) {
        ScoreBreakdown b = a.breakdown();
        List<List<Object>> rows = new ArrayList<>();
        String response = m("assessment.part.response", locale);
        String satisfaction = m("assessment.part.satisfaction", locale);
        String quality = m("assessment.part.quality", locale);
        String merits = m("assessment.part.merits", locale);
        String total = m("assessment.total", locale);
        rows.add(row(total, m("assessment.period", locale), a.period()));
        rows.add(row(total, m("assessment.status", locale), m("assessment.status." + a.status(), locale)));
        rows.add(row(total, m("assessment.ruleVersion", locale), a.ruleVersion()));
        var r = b.responseFigures();
        rows.add(row(response, m("assessment.response.tickets", locale), r.ticketCount()));
        rows.add(row(response, m("assessment.response.ticketsOnTime", locale), r.ticketsOnTime()));
        rows.add(row(response, m("assessment.response.steps", locale), r.stepCount()));
        rows.add(row(response, m("assessment.response.stepsOnTime", locale), r.stepsOnTime()));
        rows.add(row(response, m("assessment.response.pending", locale), r.pending()));
        for (LateItem late : r.late()) {
            rows.add(row(response, m("assessment.response.late", locale),
                    late.source() + " " + late.reference() + " " + late.step()));
        }
        part(rows, response, b.response(), locale);
        var s = b.satisfactionFigures();
        rows.add(row(satisfaction, m("assessment.satisfaction.ticketUnsatisfied", locale), s.tickets().unsatisfied()));
        rows.add(row(satisfaction, m("assessment.satisfaction.ticketSatisfied", locale), s.tickets().satisfied()));
        rows.add(row(satisfaction, m("assessment.satisfaction.ticketVerySatisfied", locale), s.tickets().verySatisfied()));
        rows.add(row(satisfaction, m("assessment.satisfaction.ticketAverage", locale), s.ticketAverage()));
        rows.add(row(satisfaction, m("assessment.satisfaction.surveyUnsatisfied", locale), s.survey().unsatisfied()));
        rows.add(row(satisfaction, m("assessment.satisfaction.surveySatisfied", locale), s.survey().satisfied()));
        rows.add(row(satisfaction, m("assessment.satisfaction.surveyVerySatisfied", locale), s.survey().verySatisfied()));
        rows.add(row(satisfaction, m("assessment.satisfaction.surveyAverage", locale), s.surveyAverage()));
        rows.add(row(satisfaction, m("assessment.satisfaction.surveyShare", locale), s.surveyShare()));
        part(rows, satisfaction, b.satisfaction(), locale);
        var q = b.qualityFigures();
        for (TypeAvailability t : q.serviceTypes()) {
            rows.add(row(quality, m("assessment.quality.availability", locale) + " " + t.serviceType(), t.availability()));
            rows.add(row(quality, m("assessment.quality.downtime", locale) + " " + t.serviceType(), t.downtimeMinutes()));
            rows.add(row(quality, m("assessment.quality.typeScore", locale) + " " + t.serviceType(), t.score()));
        }
        rows.add(row(quality, m("assessment.quality.incidents", locale), q.incidentCount()));
        rows.add(row(quality, m("assessment.quality.availabilityScore", locale), q.availabilityScore()));
        rows.add(row(quality, m("assessment.quality.critical", locale), q.criticalIncidents()));
        rows.add(row(quality, m("assessment.quality.deduction", locale), q.deduction()));
        part(rows, quality, b.quality(), locale);
        for (MeritLine merit : b.meritFigures().merits()) {
            rows.add(row(merits, merit.title(), merit.points()));
        }
        rows.add(row(merits, m("assessment.merits.base", locale), b.meritFigures().base()));
        part(rows, merits, b.merits(), locale);
        rows.add(row(total, m("assessment.total", locale), b.total()));
        rows.add(row(total, m("assessment.grade", locale), m("assessment.grade." + b.grade(), locale)));
        return new Excel(m("assessment.export.sheet", locale),
                List.of(m("assessment.export.part", locale), m("assessment.export.item", locale),
                        m("assessment.export.figure", locale)), rows);
    }

    private void part(List<List<Object>> rows, String name, Part part, Locale locale) {
        rows.add(row(name, m("assessment.partScore", locale), part.score()));
        rows.add(row(name, m("assessment.weight", locale), part.weight()));
        rows.add(row(name, m("assessment.weighted", locale), part.weighted()));
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
