package io.closedloop.settings.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the last form sent from a settings page came to, shown beside that form once the page is
 * shown again: saved, with its message; or rejected, with the field at fault, why, and what was
 * entered, so the inputs keep it.
 *
 * @param form the id of the form in its page
 * @param saved whether the change was made
 * @param message the message for the admin, in their language
 * @param field the field at fault, or {@code null} when the whole form was refused
 * @param values what was entered, by field
 */
public record FormOutcome(String form, boolean saved, String message, String field, Map<String, List<String>> values)
    implements Serializable {

  /** Nothing was sent. */
  public static final FormOutcome NONE = new FormOutcome(null, false, null, null, Map.of());

  public FormOutcome {
    values = Map.copyOf(values);
  }

  static FormOutcome saved(String form, String message) {
    return new FormOutcome(form, true, message, null, Map.of());
  }

  static FormOutcome rejected(String form, String field, String message, Map<String, List<String>> values) {
    return new FormOutcome(form, false, message, field, values);
  }

  public boolean isFor(String form) {
    return Objects.equals(this.form, form);
  }

  /** Whether the form was refused as a whole, with no one field at fault: its message goes beside the form. */
  public boolean refused(String form) {
    return isFor(form) && !saved && field == null;
  }

  /** Whether this field of the form holds what was refused: its message goes beside the field. */
  public boolean rejects(String form, String field) {
    return isFor(form) && !saved && Objects.equals(this.field, field);
  }

  /** {@code aria-invalid} of a field: "true" when it holds what was rejected, else none. */
  public String invalid(String form, String field) {
    return rejects(form, field) ? "true" : null;
  }

  /** {@code aria-describedby} of a field with id {@code id}: its error when it holds what was rejected, else none. */
  public String describedBy(String form, String field, String id) {
    return rejects(form, field) ? id + "-error" : null;
  }

  /** What a field shows: what was entered if the form was rejected, else its current value. */
  public Object value(String form, String field, Object current) {
    List<String> entered = entered(form, field);
    return entered == null ? current : entered.isEmpty() ? "" : entered.get(0);
  }

  /** Whether an option of a field (a checkbox, a choice) is ticked: as entered if the form was rejected, else as it is. */
  public boolean ticks(String form, String field, String option, boolean current) {
    List<String> entered = entered(form, field);
    if (isFor(form) && !saved) {
      return entered != null && entered.contains(option);
    }
    return current;
  }

  private List<String> entered(String form, String field) {
    return isFor(form) && !saved ? values.get(field) : null;
  }
}
