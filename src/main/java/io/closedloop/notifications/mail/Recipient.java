package io.closedloop.notifications.mail;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/** A person alert mail can reach: their address, settings and quiet hours, and the language and zone they read in. */
record Recipient(String userId, String email, AlertMailSetting setting, QuietHours quietHours, Locale locale, ZoneId zone) {

  /** Runs {@code work} as this person reads: messages, labels and times in their language and zone. */
  <T> T reading(Supplier<T> work) {
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone)));
    try {
      return work.get();
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }
}
