package io.closedloop.cases;

import java.util.List;
import java.util.Optional;

/** The alarm words an admin saved in place of the configured ones; the settings module keeps them. */
public interface SavedAlarmWords {

  /** The saved words, or empty when the configured ones apply. */
  Optional<List<String>> saved();
}
