package io.closedloop.intake;

/** The answer-routing decision, evaluated on the process engine in {@code intake/process}; designers own its table. */
public interface AnswerRouting {

  /** The route of one answer; {@link AnswerRoute#NONE} when no rule matches. */
  AnswerRoute decide(AnswerFacts facts);
}
