package io.closedloop.metrics;

import io.closedloop.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar buckets of a period: ISO weeks keyed {@code 2026-W14}, months keyed {@code 2026-03}. */
public final class TimeBuckets {

  private static final Pattern WEEK_KEY = Pattern.compile("(\\d{4})-W(\\d{2})");

  private TimeBuckets() {}

  /** The first day of the bucket that holds {@code day}. */
  public static LocalDate startOf(GroupBy groupBy, LocalDate day) {
    return groupBy == GroupBy.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
  }

  public static String keyOf(GroupBy groupBy, LocalDate day) {
    if (groupBy == GroupBy.WEEK) {
      return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return YearMonth.from(day).toString();
  }

  /** Every bucket touching the period, in order, each as the first day of the bucket. */
  public static List<LocalDate> starts(GroupBy groupBy, Period period) {
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate start = startOf(groupBy, period.from()); !start.isAfter(period.to());
        start = groupBy == GroupBy.WEEK ? start.plusWeeks(1) : start.plusMonths(1)) {
      starts.add(start);
    }
    return starts;
  }

  /** The days of the bucket a key names, within the period; a key of the wrong form is a 400 on {@code key}. */
  public static Period bucket(GroupBy groupBy, String key, Period period) {
    LocalDate first;
    LocalDate last;
    try {
      if (groupBy == GroupBy.WEEK) {
        Matcher week = WEEK_KEY.matcher(key == null ? "" : key);
        if (!week.matches()) {
          throw new InvalidInputException("key", "must be an ISO week like 2026-W14");
        }
        first = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        last = first.plusDays(6);
      } else {
        YearMonth month = YearMonth.parse(key == null ? "" : key);
        first = month.atDay(1);
        last = month.atEndOfMonth();
      }
    } catch (java.time.DateTimeException e) {
      throw new InvalidInputException("key", groupBy == GroupBy.WEEK ? "must be an ISO week like 2026-W14" : "must be a month like 2026-03");
    }
    if (last.isBefore(period.from()) || first.isAfter(period.to())) {
      throw new InvalidInputException("key", "is outside the period");
    }
    return period.within(first, last);
  }
}
