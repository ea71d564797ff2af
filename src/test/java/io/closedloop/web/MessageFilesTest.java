package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** Every text of the pages exists in English and in Danish, with the same placeholders. */
class MessageFilesTest {

  static Stream<String> areas() {
    return Arrays.stream(MessagesConfiguration.areas());
  }

  @ParameterizedTest
  @MethodSource("areas")
  void the_danish_file_has_exactly_the_keys_of_the_english_one(String area) throws IOException {
    Properties english = load(area + ".properties");
    Properties danish = load(area + "_da.properties");
    Set<String> danishKeys = new TreeSet<>(danish.stringPropertyNames());
    danishKeys.removeIf(MessageFilesTest::translatesAFormFile);

    assertThat(danishKeys).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
  }

  /** A form's English is its file's own words, so only the translation is a message. */
  private static boolean translatesAFormFile(String key) {
    return key.startsWith("form.") && !key.startsWith("form.error.") && !key.equals("form.choose");
  }

  @ParameterizedTest
  @MethodSource("areas")
  void each_danish_text_takes_the_placeholders_of_its_english_one(String area) throws IOException {
    Properties english = load(area + ".properties");
    Properties danish = load(area + "_da.properties");

    for (String key : english.stringPropertyNames()) {
      if (danish.containsKey(key)) {
        assertThat(placeholders(danish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("areas")
  void no_text_is_empty(String area) throws IOException {
    for (String file : new String[] {area + ".properties", area + "_da.properties"}) {
      Properties texts = load(file);
      assertThat(texts.stringPropertyNames()).as(file).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
  }

  private static Set<Integer> placeholders(String text) {
    Set<Integer> found = new TreeSet<>();
    if (!text.contains("{")) {
      return found;
    }
    int count = new MessageFormat(text).getFormatsByArgumentIndex().length;
    for (int i = 0; i < count; i++) {
      if (text.contains("{" + i)) {
        found.add(i);
      }
    }
    return found;
  }

  private static Properties load(String file) throws IOException {
    Properties texts = new Properties();
    try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    return texts;
  }
}
