package io.closedloop.settings;

import io.closedloop.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The closed-loop KPI targets leadership is measured against: hours to the first contact with a
 * detractor (default 48) and the share of detractors contacted within the SLA (default 80%).
 */
@Component
public class KpiTargets {

  static final String TIME_TO_FIRST_CONTACT = "kpi.time-to-first-contact-hours";
  static final String CONTACTED_WITHIN_SLA = "kpi.contacted-within-sla-percent";

  private final AppSettings settings;

  KpiTargets(AppSettings settings) {
    this.settings = settings;
  }

  public Targets current() {
    return new Targets(number(TIME_TO_FIRST_CONTACT, 48), number(CONTACTED_WITHIN_SLA, 80));
  }

  public void save(Targets targets, String actor) {
    if (targets.timeToFirstContactHours() < 1 || targets.timeToFirstContactHours() > 24 * 30) {
      throw new InvalidInputException("timeToFirstContactHours", "must be between 1 and 720 hours");
    }
    if (targets.contactedWithinSlaPercent() < 0 || targets.contactedWithinSlaPercent() > 100) {
      throw new InvalidInputException("contactedWithinSlaPercent", "must be between 0 and 100");
    }
    settings.put(SettingsPages.TARGETS, TIME_TO_FIRST_CONTACT, Integer.toString(targets.timeToFirstContactHours()), actor);
    settings.put(SettingsPages.TARGETS, CONTACTED_WITHIN_SLA, Integer.toString(targets.contactedWithinSlaPercent()), actor);
  }

  private int number(String key, int fallback) {
    return settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
  }

  /** The targets: hours to first contact, and percent of detractors contacted within the SLA. */
  public record Targets(int timeToFirstContactHours, int contactedWithinSlaPercent) {}
}
