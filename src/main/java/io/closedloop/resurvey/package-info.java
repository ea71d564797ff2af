/**
 * The re-survey that proves recovery: a while after a case closes (resolved or unreachable alike),
 * the {@code re-survey} process mails its customer the NPS question once more through a signed,
 * single-use, expiring link to the public page {@code /r/{token}}; a detractor answer opens a new
 * case linked to the first. {@code resurvey/process} holds the process adapter, {@code resurvey/web}
 * the page.
 *
 * <p>Owns the table {@code re_survey}: one row per case that was asked, with when, the link's expiry
 * and language, and what came of it. The answer itself is stored as a response of intake's
 * ({@link io.closedloop.intake.RecordingFollowUpAnswer}) marked as following up the case
 * ({@code response.follows_up_case}), not in a table of its own: a detractor's case must have a
 * response behind it, the case page shows it with the customer's other answers, the export and the
 * erasure of responses cover it without a second copy of the comment, and the closed-loop recovery
 * figure sees it as the customer's next answer. The NPS figures leave such responses out unless
 * {@code closedloop.resurvey.count-in-nps} is on ({@link io.closedloop.intake.NpsCounting}), and
 * count them in their own figures instead ({@code metrics/ReSurveyQueries}).
 */
package io.closedloop.resurvey;
