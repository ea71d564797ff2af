package io.closedloop.resurvey;

/** A customer's answer on the re-survey page: the link's token, a score of 0-10, and an optional comment. */
public record AnswerReSurvey(String token, Integer score, String comment) {}
