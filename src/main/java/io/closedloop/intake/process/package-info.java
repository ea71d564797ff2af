/**
 * Intake's side of the engine: the answer-routing decision ({@link io.closedloop.intake.AnswerRouting})
 * and the passive-follow-up process with its records of personal data.
 */
package io.closedloop.intake.process;
