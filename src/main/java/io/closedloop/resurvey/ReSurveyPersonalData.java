package io.closedloop.resurvey;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The re-surveys a customer was sent, for an access request: when, in which language, until when,
 * whether answered and what it opened. The rows hold no free text and no contact details (the
 * answer's comment is on its response, erased by intake, and the mail by the outbox), so erasure
 * leaves them as they are: they are the counts of the re-survey figures.
 */
@Component
class ReSurveyPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  ReSurveyPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "reSurveys";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return ExportRows.of(jdbc.sql("""
            select id, case_id as "caseId", language, sent_at as "sentAt", expires_at as "expiresAt",
                   answered_at as "answeredAt", response_id as "responseId", follow_up_case_id as "followUpCaseId"
            from re_survey where customer_id = :customer order by sent_at
            """)
        .param("customer", subject.customerId()).query().listOfRows());
  }

  @Override
  public void erase(DataSubject subject) {
    // Nothing personal is held here: see the class comment.
  }
}
