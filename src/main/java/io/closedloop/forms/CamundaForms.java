package io.closedloop.forms;

import io.closedloop.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The forms of {@code forms/} on the classpath, by form id (= file name), read once. */
@Component
public class CamundaForms {

  private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

  public FormDefinition get(String formId) {
    return forms.computeIfAbsent(formId, CamundaForms::load);
  }

  private static FormDefinition load(String formId) {
    ClassPathResource file = new ClassPathResource("forms/" + formId + ".form");
    if (!file.exists()) {
      throw new NotFoundException("No form " + formId);
    }
    try (InputStream json = file.getInputStream()) {
      return FormParser.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
