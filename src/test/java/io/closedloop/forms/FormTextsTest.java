package io.closedloop.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A form reads in the reader's language where it is translated, and in its own words where not. */
class FormTextsTest {

  private static final Locale DANISH = new Locale("da");

  private final FormDefinition form = FormParser.parse("""
      {"id": "call", "type": "default", "components": [
        {"id": "T_intro", "type": "text", "text": "## Call back {{name}}"},
        {"id": "F_channel", "key": "channel", "label": "Channel", "type": "select",
         "values": [{"label": "Phone", "value": "PHONE"}, {"label": "Pigeon", "value": "PIGEON"}]},
        {"id": "F_new", "key": "voucher", "label": "Goodwill voucher", "type": "textfield"}
      ]}
      """);

  private final StaticMessageSource messages = new StaticMessageSource();

  {
    messages.addMessage("form.call.T_intro.text", DANISH, "## Ring {{name}} op");
    messages.addMessage("form.call.channel.label", DANISH, "Kanal");
    messages.addMessage("form.call.channel.option.PHONE", DANISH, "Telefon");
    messages.addMessage("form.error.min-length", DANISH, "skal være mindst {0} tegn");
  }

  @Test
  void translates_labels_options_and_texts_that_have_a_translation() {
    FormDefinition danish = new FormTexts(messages, DANISH).translate(form);

    assertThat(danish.components().get(0).text()).isEqualTo("## Ring {{name}} op");
    assertThat(danish.field("channel").orElseThrow().label()).isEqualTo("Kanal");
    assertThat(danish.field("channel").orElseThrow().values()).extracting(FormComponent.Option::label).containsExactly("Telefon", "Pigeon");
  }

  @Test
  void keeps_the_forms_own_words_where_there_is_no_translation() {
    FormDefinition danish = new FormTexts(messages, DANISH).translate(form);

    assertThat(danish.field("voucher").orElseThrow().label()).isEqualTo("Goodwill voucher");
    assertThat(new FormTexts(messages, Locale.ENGLISH).translate(form).field("channel").orElseThrow().label()).isEqualTo("Channel");
  }

  @Test
  void translates_a_validation_error_with_its_limit() {
    FormTexts texts = new FormTexts(messages, DANISH);

    assertThat(texts.error("must be at least 3 characters")).isEqualTo("skal være mindst 3 tegn");
    assertThat(texts.error("is required")).isEqualTo("is required");
  }
}
