package io.closedloop.notifications.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * One person's choice for alert mail: the mode, whether alarms may come at any hour, and their own
 * working time if it is not their team's ({@code null}).
 */
public record AlertMailSetting(AlertMailMode mode, boolean alarmsAtAnyHour, PersonalWorkingTime personalWorkingTime) {

  /** What a person who chose nothing gets: each alert at once, in their team's working hours. */
  public static final AlertMailSetting DEFAULT = new AlertMailSetting(AlertMailMode.IMMEDIATE, false, null);

  public AlertMailSetting {
    Objects.requireNonNull(mode, "mode");
  }

  public Optional<PersonalWorkingTime> ownWorkingTime() {
    return Optional.ofNullable(personalWorkingTime);
  }
}
