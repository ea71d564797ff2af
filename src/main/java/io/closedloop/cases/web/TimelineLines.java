package io.closedloop.cases.web;

import io.closedloop.cases.TimelineEntry;
import io.closedloop.cases.TimelineEventType;
import io.closedloop.shared.Wording;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.web.Labels;
import io.closedloop.web.Wordings;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case's timeline as its page shows it, in the reader's language: the kind of each event as a
 * label, its message with labels and local times instead of codes, and what a person wrote beside it.
 * Entries from before wordings existed show their English detail.
 */
@Component
class TimelineLines {

  static final String SYSTEM = "system";

  private final MessageSource messages;
  private final Labels labels;
  private final Wordings wordings;
  private final IdeaBacklog ideas;

  TimelineLines(MessageSource messages, Labels labels, Wordings wordings, IdeaBacklog ideas) {
    this.messages = messages;
    this.labels = labels;
    this.wordings = wordings;
    this.ideas = ideas;
  }

  List<Line> of(List<TimelineEntry> entries) {
    Locale locale = LocaleContextHolder.getLocale();
    return entries.stream().map(entry -> line(entry, locale)).toList();
  }

  private Line line(TimelineEntry entry, Locale locale) {
    String actor = SYSTEM.equals(entry.getActor()) ? messages.getMessage("cases.timeline.system", null, locale) : entry.getActor();
    return entry.wording()
        .map(wording -> new Line(entry.getAt(), actor, kind(entry.getType(), locale),
            messages.getMessage("cases.timeline." + wording.key(), arguments(wording), locale), wording.quoted()))
        .orElseGet(() -> new Line(entry.getAt(), actor, kind(entry.getType(), locale), entry.getDetail(), null));
  }

  private String kind(String type, Locale locale) {
    boolean known = Arrays.stream(TimelineEventType.values()).anyMatch(value -> value.name().equals(type));
    return known ? labels.of(TimelineEventType.valueOf(type))
        : messages.getMessage("enum.TimelineEventType." + type, null, type, locale);
  }

  private Object[] arguments(Wording wording) {
    return wordings.arguments(wording, id -> ideas.find(UUID.fromString(id)).map(Idea::getTitle).orElse(id));
  }

  /**
   * One event as the page shows it.
   *
   * @param quote what a person wrote with it (a note, a reason), or null
   */
  record Line(Instant at, String actor, String kind, String text, String quote) {}
}
