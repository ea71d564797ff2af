package io.closedloop.demo.generator;

import io.closedloop.intake.NewResponse;
import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.ResponseSubmission;
import io.closedloop.intake.ResponseSubmission.CustomerSubmission;
import io.closedloop.nps.Nps;
import java.time.Instant;

/**
 * One generated answer with its customer, and what a case of it would turn out to be: the root
 * cause behind the comment and the state its case ends in ({@code fate}, null for non-detractors).
 */
public record SampleResponse(
    String externalId,
    int score,
    String comment,
    Instant answeredAt,
    String touchpoint,
    String team,
    String employee,
    String product,
    String country,
    String language,
    SampleCustomer customer,
    String rootCause,
    CaseFate fate) {

  /** A generated customer; the same customer answers again and again over the years. */
  public record SampleCustomer(String externalId, String name, String email, String phone, String segment,
      io.closedloop.intake.ServicePreference servicePreference, String accountOwner) {}

  /** The state a generated detractor's case is in today. */
  public enum CaseFate {
    OPEN, IN_PROGRESS, RESOLVED_RECOVERED, RESOLVED_PARTIALLY_RECOVERED, RESOLVED_NOT_RECOVERED, UNREACHABLE
  }

  public boolean detractor() {
    return Nps.isDetractor(score);
  }

  /** As a validated response, for code that receives it directly. */
  public NewResponse toNewResponse() {
    return new NewResponse(externalId, score, comment, answeredAt, touchpoint, team, employee, product, country, language,
        new CustomerDetails(customer.externalId(), customer.name(), customer.email(), customer.phone(), customer.segment(),
            customer.servicePreference(), customer.accountOwner()));
  }

  /** As a client would send it to the API. */
  public ResponseSubmission toSubmission() {
    return new ResponseSubmission(externalId, Integer.toString(score), comment, answeredAt.toString(), touchpoint, team,
        employee, product, country, language,
        new CustomerSubmission(customer.externalId(), customer.name(), customer.email(), customer.phone(),
            customer.segment(), customer.servicePreference() == null ? null : customer.servicePreference().name(),
            customer.accountOwner()));
  }
}
