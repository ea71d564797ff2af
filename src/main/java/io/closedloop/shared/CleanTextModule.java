package io.closedloop.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Refuses every JSON string of a request body that holds {@link InvalidCharacters}, so that a NUL
 * never reaches PostgreSQL (which refuses it with a 500) and the client learns which field it was.
 * Spring Boot adds every Jackson module bean to the application's {@code ObjectMapper}.
 */
@Component
public class CleanTextModule extends SimpleModule {

  public CleanTextModule() {
    super("closedloop-clean-text");
    addDeserializer(String.class, new CleanStringDeserializer());
  }

  /** Jackson's own string reading, followed by the character check. */
  static final class CleanStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = super.deserialize(parser, context);
      if (InvalidCharacters.in(text)) {
        throw new InvalidTextException(parser);
      }
      return text;
    }
  }
}
