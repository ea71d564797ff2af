package io.closedloop.calendar;

import java.time.LocalDate;

/** A day the whole company ({@code team} null) or one team is closed, with the reason shown on the settings page. */
public record ClosingDay(long id, LocalDate day, String team, String reason) {

  public boolean isCompanyWide() {
    return team == null;
  }
}
