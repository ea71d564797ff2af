package io.closedloop.connectors;

import io.closedloop.intake.ResponseSubmission;
import io.closedloop.shared.FieldError;
import java.util.List;
import java.util.Map;

/**
 * What a mapping made of one event: the submission for intake, the errors of the mapping itself
 * (a pointer at an object, an ambiguous answer), and each field's value as mapped, for the preview.
 */
record MappedEvent(ResponseSubmission submission, List<FieldError> errors, Map<String, String> values) {

  String customerExternalId() {
    return values.get("customer.externalId");
  }
}
