package io.closedloop.web;

import io.closedloop.shared.Wording;
import io.closedloop.shared.Wording.Argument;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Shows the arguments of a stored {@link Wording} in the reader's language and time zone: codes
 * as their labels, instants as local times, numbers as numbers, what people wrote as it is.
 */
@Component
public class Wordings {

  private final Labels labels;
  private final Moments moments;

  Wordings(Labels labels, Moments moments) {
    this.labels = labels;
    this.moments = moments;
  }

  /** The message arguments (without the quoted text), with the ideas' titles found by {@code ideaTitle}. */
  public Object[] arguments(Wording wording, Function<String, String> ideaTitle) {
    return wording.messageArguments().stream().map(argument -> shown(argument, ideaTitle)).toArray();
  }

  private Object shown(Argument argument, Function<String, String> ideaTitle) {
    String value = argument.value();
    return switch (argument.kind()) {
      case NUMBER -> Long.valueOf(value);
      case TEAM -> labels.code("TEAM", value);
      case TOUCHPOINT -> labels.code("TOUCHPOINT", value);
      case TIME -> moments.time(Instant.parse(value));
      case CHANNEL -> labels.ofEnum("Channel", value);
      case PRIORITY -> labels.ofEnum("Priority", value);
      case OUTCOME -> labels.ofEnum("Outcome", value);
      case ROOT_CAUSE -> labels.rootCause(value);
      case IDEA -> ideaTitle.apply(value);
      case TEXT, USER, QUOTE -> value;
    };
  }
}
