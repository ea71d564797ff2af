package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.intake.NpsCategory;
import io.closedloop.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-survey figures on a fixture whose every figure is worked out by hand below, and the NPS
 * leaving re-survey answers out by default.
 *
 * <pre>
 * March 2021, team of the fixture     sent  answered  answers           now passive or promoter
 * reached by the call-back (resolved)   4      3      9, 7, 3           2 of 3
 * not reached (unreachable)             5      3      8, 2, 0           1 of 3
 * all                                   9      6                        3 of 6
 * response rate: 3/4 = 0.7500, 3/5 = 0.6000, 6/9 = 0.6667
 * now passive or promoter: 2/3 = 0.6667, 1/3 = 0.3333, 3/6 = 0.5000; calling back is worth 2/3 - 1/3 = 0.3333
 * A re-survey sent on 1 April (reached, answered 10) lies outside the period.
 * </pre>
 */
@IntegrationTest
class ReSurveyFiguresIT {

  private static final Period MARCH = new Period(LocalDate.parse("2021-03-01"), LocalDate.parse("2021-03-31"));

  @Autowired
  JdbcClient jdbc;
  @Autowired
  ReSurveyQueries reSurveys;
  @Autowired
  NpsQueries nps;

  @Test
  void the_recovery_figures_equal_the_ones_computed_by_hand() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    reSurveyed(data, true, 9);
    reSurveyed(data, true, 7);
    reSurveyed(data, true, 3);
    reSurveyed(data, true, null);
    reSurveyed(data, false, 8);
    reSurveyed(data, false, 2);
    reSurveyed(data, false, 0);
    reSurveyed(data, false, null);
    reSurveyed(data, false, null);
    reSurveyed(data, true, 10, "2021-04-01T09:00:00Z");

    ReSurveyReport report = reSurveys.report(MARCH, new Scope(List.of(data.team()), false));

    assertThat(report.reached()).isEqualTo(new ReSurveyFigures(4, 3, new BigDecimal("0.7500"), 2, new BigDecimal("0.6667")));
    assertThat(report.notReached()).isEqualTo(new ReSurveyFigures(5, 3, new BigDecimal("0.6000"), 1, new BigDecimal("0.3333")));
    assertThat(report.total()).isEqualTo(new ReSurveyFigures(9, 6, new BigDecimal("0.6667"), 3, new BigDecimal("0.5000")));
    assertThat(report.reachedAdvantage()).isEqualByComparingTo("0.3333");
  }

  @Test
  void a_team_without_re_surveys_has_no_shares() {
    ReSurveyReport report = reSurveys.report(MARCH, new Scope(List.of("no-such-team-" + UUID.randomUUID()), false));

    assertThat(report.total()).isEqualTo(ReSurveyFigures.NONE);
    assertThat(report.total().responseRate()).isNull();
    assertThat(report.reachedAdvantage()).isNull();
  }

  @Test
  void the_nps_leaves_re_survey_answers_out_by_default() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    reSurveyed(data, true, 9);
    reSurveyed(data, false, 10);

    NpsFigures march = nps.report(MARCH, null, new Scope(List.of(data.team()), false)).total();
    NpsFigures february = nps.report(new Period(LocalDate.parse("2021-02-01"), LocalDate.parse("2021-02-28")), null,
        new Scope(List.of(data.team()), false)).total();

    assertThat(march.responses()).isZero();
    assertThat(february.responses()).isEqualTo(2);
    assertThat(jdbc.sql("select sum(responses) from nps_daily where team = :team and dim = 'total' and follow_up")
        .param("team", data.team()).query(Long.class).single()).isEqualTo(2);
  }

  private void reSurveyed(MetricsFixtures data, boolean reached, Integer answer) {
    reSurveyed(data, reached, answer, "2021-03-10T09:00:00Z");
  }

  /** A detractor's case closed in February, re-surveyed at {@code sentAt}, answered ten days later with {@code answer} (or not). */
  private void reSurveyed(MetricsFixtures data, boolean reached, Integer answer, String sentAt) {
    UUID customer = data.customer("smb");
    UUID response = data.response(customer, 4, "2021-02-01T09:00:00Z", "website", "p1");
    UUID caseId = data.detractorCase(response, "2021-02-01T09:00:00Z", "2021-02-03T09:00:00Z",
        reached ? "2021-02-02T09:00:00Z" : null, reached ? "RESOLVED" : "UNREACHABLE", "2021-02-20T09:00:00Z", 0, "agent", null);
    Instant sent = Instant.parse(sentAt);
    UUID reSurvey = UUID.randomUUID();
    jdbc.sql("""
            insert into re_survey (id, case_id, customer_id, language, sent_at, expires_at)
            values (:id, :caseId, :customer, 'en', :sent, :expires)
            """)
        .param("id", reSurvey).param("caseId", caseId).param("customer", customer).param("sent", Timestamp.from(sent))
        .param("expires", Timestamp.from(sent.plusSeconds(14 * 86_400))).update();
    if (answer != null) {
      UUID answered = UUID.randomUUID();
      Timestamp at = Timestamp.from(sent.plusSeconds(10 * 86_400));
      jdbc.sql("""
              insert into response (id, external_id, score, category, answered_at, received_at, touchpoint, team, customer_id,
                                    content_hash, follows_up_case)
              values (:id, :ext, :score, :category, :at, :at, 'website', :team, :customer, 're-survey', :caseId)
              """)
          .param("id", answered).param("ext", "re-survey:" + reSurvey).param("score", answer)
          .param("category", NpsCategory.of(answer).name()).param("at", at).param("team", data.team()).param("customer", customer)
          .param("caseId", caseId).update();
      jdbc.sql("update re_survey set answered_at = :at, response_id = :response where id = :id")
          .param("at", at).param("response", answered).param("id", reSurvey).update();
    }
  }
}
