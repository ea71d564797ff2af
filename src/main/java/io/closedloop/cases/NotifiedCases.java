package io.closedloop.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What the bell and alert mails name a notification's case by. */
public interface NotifiedCases {

  /** The cases of these ids that exist, by id. */
  Map<UUID, NotifiedCase> describe(Collection<UUID> caseIds);

  /** A case as a notification names it: its customer, when it was opened, through which touchpoint, with which score. */
  record NotifiedCase(String customer, Instant openedAt, String touchpoint, int score) {}
}
