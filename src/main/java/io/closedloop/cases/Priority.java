package io.closedloop.cases;

/** How urgently a case must be worked. */
public enum Priority {
  HIGH, NORMAL, LOW;

  /** One step more urgent: LOW to NORMAL to HIGH; HIGH stays HIGH. */
  public Priority raised() {
    return this == HIGH ? HIGH : values()[ordinal() - 1];
  }
}
