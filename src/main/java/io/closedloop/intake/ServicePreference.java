package io.closedloop.intake;

/** How a customer prefers to be served (Westergaard's three preferences), with a hint for the call. */
public enum ServicePreference {
  RELATIONAL("Wants a person: take time, listen first and show empathy before solving."),
  ACTION_ORIENTED("Wants ownership and speed: say what you will do and by when; keep it short and honest."),
  FACTUAL("Wants knowledge: come prepared with facts and explain the reasons behind the answer.");

  private final String hint;

  ServicePreference(String hint) {
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
