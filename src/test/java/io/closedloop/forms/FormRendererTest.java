package io.closedloop.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.forms.FormRenderer.RenderedComponent;
import io.closedloop.forms.FormRenderer.RenderedForm;
import io.closedloop.shared.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormRendererTest {

  private static final String FORM = """
      {"id": "sample", "components": [
        {"id": "Text_1", "type": "text", "text": "## Call **{{name}}**\\nScore {{score}}: {{comment}}"},
        {"id": "F_title", "key": "title", "label": "Title", "type": "textfield",
         "validate": {"required": true, "minLength": 3, "maxLength": 10, "pattern": "^[A-Z]"}},
        {"id": "F_notes", "key": "notes", "label": "Notes", "type": "textarea", "validate": {"maxLength": 5}},
        {"id": "F_hours", "key": "hours", "label": "Hours", "type": "number", "validate": {"min": 1, "max": 48}},
        {"id": "F_channel", "key": "channel", "label": "Channel", "type": "select", "defaultValue": "PHONE",
         "values": [{"label": "Phone", "value": "PHONE"}, {"label": "Email", "value": "EMAIL"}]},
        {"id": "F_outcome", "key": "outcome", "label": "Outcome", "type": "radio", "validate": {"required": true},
         "values": [{"label": "Recovered", "value": "RECOVERED"}, {"label": "Not", "value": "NOT_RECOVERED"}]},
        {"id": "F_agree", "key": "agree", "label": "Agree", "type": "checkbox", "validate": {"required": true}},
        {"id": "F_tags", "key": "tags", "label": "Tags", "type": "checklist",
         "values": [{"label": "Price", "value": "price"}, {"label": "Staff", "value": "staff"}]},
        {"id": "F_day", "key": "day", "label": "Day", "type": "datetime", "subtype": "date"},
        {"id": "F_when", "key": "when", "label": "When", "type": "datetime", "subtype": "datetime"}
      ]}
      """;

  private final FormDefinition form = FormParser.parse(FORM);
  private final FormRenderer renderer = new FormRenderer();

  @Test
  void every_form_in_the_forms_folder_uses_only_components_our_pages_render() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of("forms"))) {
      files = listing.filter(path -> path.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      try (InputStream json = Files.newInputStream(file)) {
        FormDefinition definition = FormParser.parse(json);
        assertThat(definition.components()).as(file.toString()).isNotEmpty();
        assertThat(definition.components()).as(file + ": component types").allSatisfy(component ->
            assertThat(FormRenderer.SUPPORTED_TYPES).as(file + " component " + component.id()).contains(component.type()));
        assertThat(renderer.render(definition, Map.of(), null).components()).hasSameSizeAs(definition.components());
      }
    }
  }

  @Test
  void a_form_with_a_component_type_the_pages_do_not_know_is_refused_by_name() {
    FormDefinition unknown = FormParser.parse("""
        {"id": "x", "components": [{"id": "Upload_1", "key": "file", "type": "filepicker", "label": "File"}]}
        """);

    assertThatThrownBy(() -> renderer.render(unknown, Map.of(), null)).isInstanceOf(UnsupportedFormComponent.class)
        .hasMessageContaining("Upload_1").hasMessageContaining("filepicker");
    assertThatThrownBy(() -> FormSubmission.of(unknown, Map.of())).isInstanceOf(UnsupportedFormComponent.class);
  }

  @Test
  void a_valid_submission_is_turned_into_typed_values() {
    FormSubmission submission = FormSubmission.of(form, Map.of("title", List.of("Call"), "notes", List.of("ok"),
        "hours", List.of("12.5"), "channel", List.of("EMAIL"), "outcome", List.of("RECOVERED"), "agree", List.of("false", "true"),
        "tags", List.of("price", "staff"), "day", List.of("2026-03-01"), "when", List.of("2026-03-01T09:30")));

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values()).containsEntry("title", "Call").containsEntry("hours", new BigDecimal("12.5"))
        .containsEntry("channel", "EMAIL").containsEntry("agree", true).containsEntry("tags", List.of("price", "staff"))
        .containsEntry("day", LocalDate.of(2026, 3, 1)).containsEntry("when", LocalDateTime.of(2026, 3, 1, 9, 30));
  }

  @Test
  void required_fields_left_empty_are_reported_each_by_its_key() {
    FormSubmission submission = FormSubmission.of(form, Map.of("agree", List.of("false")));

    assertThat(submission.errors()).extracting(FieldError::field).containsExactly("title", "outcome", "agree");
    assertThat(submission.errors()).extracting(FieldError::message).containsExactly("is required", "is required", "must be ticked");
  }

  @Test
  void lengths_patterns_and_number_limits_are_checked_on_the_server() {
    assertThat(errorOf("title", "Ab")).isEqualTo("must be at least 3 characters");
    assertThat(errorOf("title", "Abcdefghijk")).isEqualTo("must be at most 10 characters");
    assertThat(errorOf("title", "lower case")).isEqualTo("does not have the expected format");
    assertThat(errorOf("notes", "too long")).isEqualTo("must be at most 5 characters");
    assertThat(errorOf("hours", "0")).isEqualTo("must be at least 1");
    assertThat(errorOf("hours", "49")).isEqualTo("must be at most 48");
    assertThat(errorOf("hours", "many")).isEqualTo("must be a number");
  }

  @Test
  void only_the_offered_choices_and_real_dates_are_accepted() {
    assertThat(errorOf("channel", "FAX")).isEqualTo("is not one of the choices");
    assertThat(errorOf("outcome", "MAYBE")).isEqualTo("is not one of the choices");
    assertThat(errorOf("tags", "weather")).isEqualTo("is not one of the choices");
    assertThat(errorOf("day", "2026-02-30")).isEqualTo("is not a valid date");
    assertThat(errorOf("when", "tomorrow")).isEqualTo("is not a valid datetime");
  }

  @Test
  void a_fresh_form_shows_the_defaults_and_the_text_with_its_variables_filled_in() {
    RenderedForm rendered = renderer.render(form, Map.of("name", "Mette", "score", 3, "comment", "<script>alert(1)</script>"), null);

    RenderedComponent text = rendered.components().get(0);
    assertThat(text.blocks()).hasSize(2);
    assertThat(text.blocks().get(0).level()).isEqualTo(2);
    assertThat(text.blocks().get(0).segments()).containsExactly(new TextBlock.Segment("Call ", false), new TextBlock.Segment("Mette", true));
    assertThat(text.blocks().get(1).segments()).containsExactly(new TextBlock.Segment("Score 3: <script>alert(1)</script>", false));
    assertThat(component(rendered, "channel").value()).isEqualTo("PHONE");
    assertThat(component(rendered, "channel").inputId()).isEqualTo("sample-F_channel");
    assertThat(component(rendered, "when").dateInputType()).isEqualTo("datetime-local");
  }

  @Test
  void a_rejected_submission_is_shown_again_with_what_was_typed_and_the_error_next_to_its_field() {
    FormSubmission submission = FormSubmission.of(form, Map.of("title", List.of("x"), "tags", List.of("staff")));

    RenderedForm rendered = renderer.render(form, Map.of(), submission);

    assertThat(component(rendered, "title").value()).isEqualTo("x");
    assertThat(component(rendered, "title").error()).isEqualTo("must be at least 3 characters");
    assertThat(component(rendered, "tags").isChosen("staff")).isTrue();
    assertThat(component(rendered, "tags").isChosen("price")).isFalse();
    assertThat(component(rendered, "channel").value()).as("no default once submitted").isEmpty();
  }

  @Test
  void a_field_can_take_its_choices_from_data_instead_of_the_file_and_is_validated_against_them() {
    FormDefinition live = form.withOptions("channel", List.of(new FormComponent.Option("Video call", "VIDEO")));

    assertThat(component(renderer.render(live, Map.of(), null), "channel").component().values()).extracting(FormComponent.Option::value)
        .containsExactly("VIDEO");
    assertThat(FormSubmission.of(live, Map.of("title", List.of("Call"), "outcome", List.of("RECOVERED"), "agree", List.of("true"),
        "channel", List.of("PHONE"))).errors()).extracting(FieldError::field).containsExactly("channel");
  }

  private String errorOf(String key, String value) {
    Map<String, List<String>> valid = new java.util.HashMap<>(Map.of("title", List.of("Call"), "outcome", List.of("RECOVERED"),
        "agree", List.of("true")));
    valid.put(key, List.of(value));
    List<FieldError> errors = FormSubmission.of(form, valid).errors();
    assertThat(errors).extracting(FieldError::field).containsExactly(key);
    return errors.get(0).message();
  }

  private static RenderedComponent component(RenderedForm form, String key) {
    return form.components().stream().filter(c -> key.equals(c.component().key())).findFirst().orElseThrow();
  }
}
