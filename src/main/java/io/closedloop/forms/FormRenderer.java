package io.closedloop.forms;

import io.closedloop.shared.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prepares a form for the {@code fragments/form :: fields} Thymeleaf fragment: each component with
 * the value to show (submitted, else the default), its error and, for text, its filled-in blocks,
 * in the reader's language where the form's texts are translated ({@link FormTexts}).
 */
@Component
public class FormRenderer {

  private final MessageSource messages;

  /** A renderer that shows each form in its own words. */
  public FormRenderer() {
    this(null);
  }

  @Autowired
  public FormRenderer(MessageSource messages) {
    this.messages = messages;
  }

  /** The component types the fragment renders and {@link FormSubmission} validates. */
  public static final Set<String> SUPPORTED_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "datetime", "text");

  public static void ensureSupported(FormComponent component) {
    if (!SUPPORTED_TYPES.contains(component.type())) {
      throw new UnsupportedFormComponent(component);
    }
  }

  public RenderedForm render(FormDefinition original, Map<String, ?> context, FormSubmission submission) {
    FormTexts texts = messages == null ? null : new FormTexts(messages, LocaleContextHolder.getLocale());
    FormDefinition form = texts == null ? original : texts.translate(original);
    Map<String, List<String>> submitted = submission == null ? Map.of() : submission.submitted();
    Map<String, String> errors = submission == null ? Map.of()
        : submission.errors().stream().collect(Collectors.toMap(FieldError::field,
            error -> texts == null ? error.message() : texts.error(error.message()), (first, second) -> first));
    List<RenderedComponent> components = form.components().stream().map(component -> {
      ensureSupported(component);
      List<String> values = submission == null
          ? (component.defaultValue() == null ? List.of() : List.of(component.defaultValue()))
          : component.key() == null ? List.<String>of() : submitted.getOrDefault(component.key(), List.of());
      return new RenderedComponent(component, form.id() + "-" + component.id(), values,
          component.key() == null ? null : errors.get(component.key()),
          "text".equals(component.type()) ? TextBlock.of(component.text(), context) : List.of());
    }).toList();
    return new RenderedForm(form.id(), components);
  }

  /** A form ready for the page. */
  public record RenderedForm(String id, List<RenderedComponent> components) {}

  /**
   * One component ready for the page.
   *
   * @param inputId the unique HTML id of the input (labels point at it)
   * @param values what the input shows: one value, or the ticked choices of a checklist
   */
  public record RenderedComponent(FormComponent component, String inputId, List<String> values, String error, List<TextBlock> blocks) {

    public String value() {
      return values.isEmpty() ? "" : values.get(0);
    }

    public boolean isChosen(String option) {
      return values.contains(option);
    }

    public boolean isChecked() {
      return values.contains("true") || values.contains("on");
    }

    /** The HTML input type of a datetime: date, time or datetime-local. */
    public String dateInputType() {
      String subtype = component.subtype();
      return "time".equals(subtype) ? "time" : "datetime".equals(subtype) ? "datetime-local" : "date";
    }
  }
}
