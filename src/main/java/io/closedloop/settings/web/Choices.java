package io.closedloop.settings.web;

import java.util.List;

/** What a select offers, in two groups: the common choices first, then all others. */
record Choices(List<Choice> common, List<Choice> others) {

  /** A value to choose and how it reads. */
  record Choice(String value, String label) {}
}
