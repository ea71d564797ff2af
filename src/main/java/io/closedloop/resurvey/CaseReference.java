package io.closedloop.resurvey;

import java.util.UUID;

/** How a case is named to customers and on timelines: the first eight characters of its id, upper case. */
final class CaseReference {

  private CaseReference() {}

  static String of(UUID caseId) {
    return caseId.toString().substring(0, 8).toUpperCase();
  }
}
