package io.closedloop.cases.web;

import io.closedloop.forms.FormComponent;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormSubmission;
import io.closedloop.shared.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The task forms of the case page in the reader's language: each label, text and choice from the
 * {@code cases.form.<form>.<component>} messages where there is one, else the form file's words; and
 * the checks' complaints ("is required") in the reader's language too. Tasklist shows the files as they are.
 * A message writes a form's {@code {{variable}}} as {@code [[variable]]}, since braces are for message arguments.
 */
@Component
class FormWords {

  /** The complaints of {@link FormSubmission}'s checks, each with the message that words it. */
  private static final List<Complaint> COMPLAINTS = List.of(
      new Complaint(Pattern.compile("is required"), "required"),
      new Complaint(Pattern.compile("must be ticked"), "ticked"),
      new Complaint(Pattern.compile("choose at least one"), "at-least-one"),
      new Complaint(Pattern.compile("is not one of the choices"), "not-a-choice"),
      new Complaint(Pattern.compile("must be at least (\\d+) characters"), "min-length"),
      new Complaint(Pattern.compile("must be at most (\\d+) characters"), "max-length"),
      new Complaint(Pattern.compile("does not have the expected format"), "format"),
      new Complaint(Pattern.compile("must be a number"), "number"),
      new Complaint(Pattern.compile("must be at least (\\S+)"), "min"),
      new Complaint(Pattern.compile("must be at most (\\S+)"), "max"),
      new Complaint(Pattern.compile("is not a valid (?:date|time|datetime)"), "date"));

  private static final Pattern VARIABLE = Pattern.compile("\\[\\[(\\w+)]]");

  private final MessageSource messages;

  FormWords(MessageSource messages) {
    this.messages = messages;
  }

  FormDefinition of(FormDefinition form) {
    return new FormDefinition(form.id(), form.components().stream().map(component -> of(form.id(), component)).toList());
  }

  /** The same submission with its complaints in the reader's language (those it does not know stay as they are). */
  FormSubmission of(FormSubmission submission) {
    return new FormSubmission(submission.values(), submission.submitted(),
        submission.errors().stream().map(error -> new FieldError(error.field(), complaint(error.message()))).toList());
  }

  private FormComponent of(String formId, FormComponent component) {
    String key = "cases.form." + formId + "." + component.id();
    List<FormComponent.Option> options = component.values() == null ? null : component.values().stream()
        .map(option -> new FormComponent.Option(word(key + "." + option.value(), option.label()), option.value())).toList();
    return new FormComponent(component.id(), component.type(), component.key(), word(key + ".label", component.label()),
        word(key + ".description", component.description()), text(key + ".text", component.text()), component.defaultValue(),
        component.subtype(), options, component.validate());
  }

  private String complaint(String message) {
    for (Complaint complaint : COMPLAINTS) {
      Matcher matched = complaint.pattern().matcher(message);
      if (matched.matches()) {
        Object[] arguments = matched.groupCount() == 0 ? null : new Object[] {matched.group(1)};
        return messages.getMessage("cases.form.error." + complaint.key(), arguments, message, locale());
      }
    }
    return message;
  }

  private String text(String key, String fallback) {
    return fallback == null ? null : VARIABLE.matcher(messages.getMessage(key, null, fallback, locale())).replaceAll("{{$1}}");
  }

  private String word(String key, String fallback) {
    return fallback == null ? null : messages.getMessage(key, null, fallback, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private record Complaint(Pattern pattern, String key) {}
}
