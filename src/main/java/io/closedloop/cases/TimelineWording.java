package io.closedloop.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a timeline entry says, for a page to word in its reader's language: a message key (under
 * {@code cases.timeline.}) and its arguments, each tagged with its kind, so the page shows labels and
 * local times instead of codes. Free text a person wrote ({@link Kind#QUOTE}) is shown beside the
 * message rather than inside it. The entry's English detail stays as the API's wording.
 */
public record TimelineWording(String key, List<Argument> arguments) {

  /** How a page shows an argument. */
  public enum Kind { TEXT, NUMBER, USER, TEAM, TOUCHPOINT, TIME, CHANNEL, PRIORITY, OUTCOME, ROOT_CAUSE, IDEA, QUOTE }

  /** One argument of the message. */
  public record Argument(Kind kind, String value) {

    String stored() {
      return kind.name() + ":" + value;
    }

    static Argument parse(String stored) {
      int colon = stored.indexOf(':');
      return new Argument(Kind.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
    }
  }

  public TimelineWording {
    arguments = List.copyOf(arguments);
  }

  public static TimelineWording of(String key) {
    return new TimelineWording(key, List.of());
  }

  public TimelineWording text(Object value) {
    return with(Kind.TEXT, value);
  }

  public TimelineWording number(long value) {
    return with(Kind.NUMBER, value);
  }

  public TimelineWording user(String userId) {
    return with(Kind.USER, userId);
  }

  public TimelineWording team(String code) {
    return with(Kind.TEAM, code);
  }

  public TimelineWording touchpoint(String code) {
    return with(Kind.TOUCHPOINT, code);
  }

  public TimelineWording time(Instant instant) {
    return with(Kind.TIME, instant);
  }

  public TimelineWording channel(Channel channel) {
    return with(Kind.CHANNEL, channel);
  }

  public TimelineWording priority(Priority priority) {
    return with(Kind.PRIORITY, priority);
  }

  public TimelineWording outcome(Outcome outcome) {
    return with(Kind.OUTCOME, outcome);
  }

  public TimelineWording rootCause(String code) {
    return with(Kind.ROOT_CAUSE, code);
  }

  public TimelineWording idea(Object ideaId) {
    return with(Kind.IDEA, ideaId);
  }

  /** Free text a person wrote (a note, a reason), if there is any. */
  public TimelineWording quote(String text) {
    return text == null || text.isBlank() ? this : with(Kind.QUOTE, text.strip());
  }

  /** The arguments of the message, without the quoted text. */
  public List<Argument> messageArguments() {
    return arguments.stream().filter(argument -> argument.kind() != Kind.QUOTE).toList();
  }

  /** The free text a person wrote, or null. */
  public String quoted() {
    return arguments.stream().filter(argument -> argument.kind() == Kind.QUOTE).map(Argument::value).findFirst().orElse(null);
  }

  String[] stored() {
    return arguments.stream().map(Argument::stored).toArray(String[]::new);
  }

  static TimelineWording parse(String key, String[] stored) {
    return new TimelineWording(key, stored == null ? List.of() : java.util.Arrays.stream(stored).map(Argument::parse).toList());
  }

  private TimelineWording with(Kind kind, Object value) {
    List<Argument> more = new ArrayList<>(arguments);
    more.add(new Argument(kind, value == null ? "" : value.toString()));
    return new TimelineWording(key, more);
  }
}
