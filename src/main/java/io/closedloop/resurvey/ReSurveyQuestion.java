package io.closedloop.resurvey;

/** What the re-survey page shows: the question in the re-survey's language, to this customer, from this company. */
public record ReSurveyQuestion(ReSurvey reSurvey, String customerName, String companyName) {

  public String language() {
    return reSurvey.language();
  }
}
