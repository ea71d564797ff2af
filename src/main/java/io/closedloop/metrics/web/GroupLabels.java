package io.closedloop.metrics.web;

import io.closedloop.metrics.Group;
import io.closedloop.metrics.GroupBy;
import io.closedloop.web.Labels;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a group of a cut is called on a page, in the reader's language: a code's label (a
 * touchpoint's, a country's...), a case owner's user id, "Week 38, 2026" or "September 2026";
 * "(none)" for the responses or cases without a code.
 */
@Component
class GroupLabels {

  private final Labels labels;
  private final MessageSource messages;

  GroupLabels(Labels labels, MessageSource messages) {
    this.labels = labels;
    this.messages = messages;
  }

  /** One row of a cut: the key the links carry ("" for none), what it is called, and its figures. */
  record Row<F>(String key, String label, F figures) {}

  /** The rows of a cut: weeks and months in order, codes by their label in the reader's language, the ones without a code last. */
  <F> List<Row<F>> rows(GroupBy groupBy, List<Group<F>> groups) {
    List<Row<F>> rows = groups.stream().map(group -> new Row<>(group.key() == null ? "" : group.key(), label(groupBy, group.key()),
        group.figures())).toList();
    if (groupBy.isTime()) {
      return rows;
    }
    Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
    return rows.stream().sorted(Comparator.comparing((Row<F> row) -> row.key().isEmpty())
        .thenComparing(Row::label, collator)).toList();
  }

  String label(GroupBy groupBy, String key) {
    Locale locale = LocaleContextHolder.getLocale();
    if (key == null || key.isEmpty()) {
      return messages.getMessage("metrics.group.none", null, locale);
    }
    return switch (groupBy) {
      case WEEK -> labels.week(key);
      case MONTH -> month(key, locale);
      case OWNER -> key;
      default -> labels.code(groupBy.name(), key);
    };
  }

  private static String month(String key, Locale locale) {
    try {
      return YearMonth.parse(key).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    } catch (DateTimeParseException e) {
      return key;
    }
  }
}
