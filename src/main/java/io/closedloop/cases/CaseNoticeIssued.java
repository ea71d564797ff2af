package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.util.List;
import java.util.UUID;

/**
 * People must hear of something that happened to a case: the alarm, an assignment, an escalation, a
 * reminder, a new answer, a cancelled process. Published in the transaction of the change; the
 * notifications module delivers it in that same transaction.
 *
 * @param recipients the user ids to tell (nulls and duplicates are skipped)
 * @param message the notice in English, as the API shows it
 * @param wording the notice as pages word it in each reader's language
 */
public record CaseNoticeIssued(List<String> recipients, UUID caseId, CaseNotice kind, String message, Wording wording) {}
