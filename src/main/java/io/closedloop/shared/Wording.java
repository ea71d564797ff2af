package io.closedloop.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a stored line says (a timeline entry, a notification), for a page to word in its reader's
 * language: a message key and its arguments, each tagged with its kind, so the page shows labels and
 * local times instead of codes. Free text a person wrote ({@link Kind#QUOTE}) is shown beside the
 * message rather than inside it. The line's English text stays as the API's wording.
 */
public record Wording(String key, List<Argument> arguments) {

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

  public Wording {
    arguments = List.copyOf(arguments);
  }

  public static Wording of(String key) {
    return new Wording(key, List.of());
  }

  public Wording text(Object value) {
    return with(Kind.TEXT, value);
  }

  public Wording number(long value) {
    return with(Kind.NUMBER, value);
  }

  public Wording user(String userId) {
    return with(Kind.USER, userId);
  }

  public Wording team(String code) {
    return with(Kind.TEAM, code);
  }

  public Wording touchpoint(String code) {
    return with(Kind.TOUCHPOINT, code);
  }

  public Wording time(Instant instant) {
    return with(Kind.TIME, instant);
  }

  public Wording channel(Enum<?> channel) {
    return with(Kind.CHANNEL, channel.name());
  }

  public Wording priority(Enum<?> priority) {
    return with(Kind.PRIORITY, priority.name());
  }

  public Wording outcome(Enum<?> outcome) {
    return with(Kind.OUTCOME, outcome.name());
  }

  public Wording rootCause(String code) {
    return with(Kind.ROOT_CAUSE, code);
  }

  public Wording idea(Object ideaId) {
    return with(Kind.IDEA, ideaId);
  }

  /** Free text a person wrote (a note, a reason), if there is any. */
  public Wording quote(String text) {
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

  /** The arguments as stored beside the key. */
  public String[] stored() {
    return arguments.stream().map(Argument::stored).toArray(String[]::new);
  }

  /** A wording as stored by {@link #stored()}. */
  public static Wording parse(String key, String[] stored) {
    return new Wording(key, stored == null ? List.of() : Arrays.stream(stored).map(Argument::parse).toList());
  }

  private Wording with(Kind kind, Object value) {
    List<Argument> more = new ArrayList<>(arguments);
    more.add(new Argument(kind, value == null ? "" : value.toString()));
    return new Wording(key, more);
  }
}
