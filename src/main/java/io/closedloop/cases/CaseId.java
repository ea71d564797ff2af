package io.closedloop.cases;

import java.util.UUID;

/** The identity of a case; also the business key of its process. */
public record CaseId(UUID value) {

  public static CaseId of(String value) {
    return new CaseId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
