package io.closedloop.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string holding {@link InvalidCharacters}; Jackson adds the path to it as it unwinds, so the field can be named. */
public class InvalidTextException extends JsonMappingException {

  InvalidTextException(JsonParser parser) {
    super(parser, "Text holds a control character");
  }

  /** The offending field and why it was refused. */
  public FieldError fieldError() {
    return new FieldError(JsonFields.nameOf(this), InvalidCharacters.MESSAGE);
  }
}
