package io.closedloop.resurvey;

/** A re-survey's link was used a second time: it takes one answer only. */
public class ReSurveyAlreadyAnswered extends RuntimeException {

  private final String language;

  public ReSurveyAlreadyAnswered(String language) {
    super("The re-survey was already answered");
    this.language = language;
  }

  /** The language of the re-survey, for the page that says so. */
  public String language() {
    return language;
  }
}
