package io.closedloop.intake;

/**
 * What the answer-routing decision reads about a new answer: its category and score, whether it has a
 * comment, whether its customer has an open case, whether the employee it names is a user (praise has
 * someone to go to), and the customer's segment and the touchpoint (codes, null when absent).
 */
public record AnswerFacts(NpsCategory category, int score, boolean hasComment, boolean customerHasOpenCase,
    boolean employeeHasUser, String segment, String touchpoint) {}
