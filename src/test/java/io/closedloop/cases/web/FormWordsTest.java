package io.closedloop.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.forms.FormComponent;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormSubmission;
import io.closedloop.shared.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class FormWordsTest {

  static final Locale DANISH = Locale.forLanguageTag("da");
  static final FormComponent.Validation NONE = new FormComponent.Validation(false, null, null, null, null, null);

  StaticMessageSource messages = new StaticMessageSource();
  FormWords words = new FormWords(messages);

  @BeforeEach
  void danish() {
    LocaleContextHolder.setLocale(DANISH);
    messages.addMessage("cases.form.f.Field_channel.label", DANISH, "Kanal");
    messages.addMessage("cases.form.f.Field_channel.PHONE", DANISH, "Telefon");
    messages.addMessage("cases.form.f.Text.text", DANISH, "Score **[[score]]** ved [[touchpoint]]");
    messages.addMessage("cases.form.error.required", DANISH, "skal udfyldes");
    messages.addMessage("cases.form.error.max-length", DANISH, "må højst være {0} tegn");
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void labels_choices_and_texts_come_from_the_messages_with_the_forms_variables_kept() {
    FormDefinition form = new FormDefinition("f", List.of(
        new FormComponent("Text", "text", null, null, null, "Score **{{score}}** at {{touchpoint}}", null, null, List.of(), NONE),
        new FormComponent("Field_channel", "select", "channel", "Channel", null, null, null, null,
            List.of(new FormComponent.Option("Phone", "PHONE"), new FormComponent.Option("Fax", "FAX")), NONE),
        new FormComponent("Field_note", "textarea", "note", "Note", null, null, null, null, List.of(), NONE)));

    FormDefinition danish = words.of(form);

    assertThat(danish.components().get(0).text()).isEqualTo("Score **{{score}}** ved {{touchpoint}}");
    assertThat(danish.components().get(1).label()).isEqualTo("Kanal");
    assertThat(danish.components().get(1).values()).extracting(FormComponent.Option::label).containsExactly("Telefon", "Fax");
    assertThat(danish.components().get(2).label()).as("no message: the file's word").isEqualTo("Note");
  }

  @Test
  void the_checks_complaints_are_worded_in_the_readers_language_and_unknown_ones_stay_as_they_are() {
    FormSubmission sent = new FormSubmission(Map.of(), Map.of(), List.of(new FieldError("channel", "is required"),
        new FieldError("note", "must be at most 200 characters"), new FieldError("idea", "is not a known idea")));

    assertThat(words.of(sent).errors()).extracting(FieldError::message)
        .containsExactly("skal udfyldes", "må højst være 200 tegn", "is not a known idea");
  }
}
