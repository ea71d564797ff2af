package io.closedloop.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a notification says, for a page to word in its reader's language: a message key (under
 * {@code notifications.text.}) and its arguments, each tagged with its kind, so the page shows
 * local times and labels instead of codes. The notification's English message stays as the API's wording.
 */
public record NotificationWording(String key, List<Argument> arguments) {

  /** How a page shows an argument. */
  public enum Kind { TEXT, NUMBER, USER, TEAM, TIME }

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

  public NotificationWording {
    arguments = List.copyOf(arguments);
  }

  public static NotificationWording of(String key) {
    return new NotificationWording(key, List.of());
  }

  public NotificationWording text(String value) {
    return with(Kind.TEXT, value);
  }

  public NotificationWording number(long value) {
    return with(Kind.NUMBER, value);
  }

  public NotificationWording user(String userId) {
    return with(Kind.USER, userId);
  }

  public NotificationWording team(String code) {
    return with(Kind.TEAM, code);
  }

  public NotificationWording time(Instant instant) {
    return with(Kind.TIME, instant);
  }

  String[] stored() {
    return arguments.stream().map(Argument::stored).toArray(String[]::new);
  }

  static NotificationWording parse(String key, String[] stored) {
    return new NotificationWording(key, stored == null ? List.of() : Arrays.stream(stored).map(Argument::parse).toList());
  }

  private NotificationWording with(Kind kind, Object value) {
    List<Argument> more = new ArrayList<>(arguments);
    more.add(new Argument(kind, value == null ? "" : value.toString()));
    return new NotificationWording(key, more);
  }
}
