package io.closedloop.forms;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The words of a Camunda Form in the reader's language. A form file holds one language (English);
 * a translation of any of its texts may be given as a message ({@code form.<formId>.<key>.label},
 * {@code .description}, {@code .option.<value>}, and {@code form.<formId>.<componentId>.text} for a
 * text component), and the validation errors are translated too. What has no translation stays as
 * the form says, so a designer's new field shows up at once, in the form's own words.
 */
public final class FormTexts {

  private static final List<ErrorText> ERRORS = List.of(
      new ErrorText("is required", "form.error.required"),
      new ErrorText("must be ticked", "form.error.ticked"),
      new ErrorText("choose at least one", "form.error.choose-one"),
      new ErrorText("is not one of the choices", "form.error.not-a-choice"),
      new ErrorText("does not have the expected format", "form.error.format"),
      new ErrorText("must be a number", "form.error.number"),
      new ErrorText("must be at least (\\S+) characters", "form.error.min-length"),
      new ErrorText("must be at most (\\S+) characters", "form.error.max-length"),
      new ErrorText("must be at least (\\S+)", "form.error.min"),
      new ErrorText("must be at most (\\S+)", "form.error.max"),
      new ErrorText("is not a valid (\\S+)", "form.error.not-valid"));

  private final MessageSource messages;
  private final Locale locale;

  public FormTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The form with every text that has a translation translated. */
  public FormDefinition translate(FormDefinition form) {
    return new FormDefinition(form.id(), form.components().stream().map(component -> translate(form.id(), component)).toList());
  }

  /** A validation error of {@link FormSubmission} in the reader's language. */
  public String error(String message) {
    for (ErrorText error : ERRORS) {
      Matcher matched = error.pattern().matcher(message);
      if (matched.matches()) {
        Object[] arguments = matched.groupCount() == 0 ? null : new Object[] {matched.group(1)};
        return messages.getMessage(error.key(), arguments, message, locale);
      }
    }
    return message;
  }

  private FormComponent translate(String formId, FormComponent component) {
    String field = "form." + formId + "." + (component.key() == null ? component.id() : component.key());
    List<FormComponent.Option> options = component.values() == null ? null : component.values().stream()
        .map(option -> new FormComponent.Option(text(field + ".option." + option.value(), option.label()), option.value()))
        .toList();
    return new FormComponent(component.id(), component.type(), component.key(), text(field + ".label", component.label()),
        text(field + ".description", component.description()), text("form." + formId + "." + component.id() + ".text", component.text()),
        component.defaultValue(), component.subtype(), options, component.validate(), component.valuesKey());
  }

  private String text(String key, String original) {
    return original == null ? null : messages.getMessage(key, null, original, locale);
  }

  private record ErrorText(Pattern pattern, String key) {

    ErrorText(String pattern, String key) {
      this(Pattern.compile(pattern), key);
    }
  }
}
