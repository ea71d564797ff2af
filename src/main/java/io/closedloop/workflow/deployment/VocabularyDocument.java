package io.closedloop.workflow.deployment;

import io.closedloop.forms.FormRenderer;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The allowed vocabulary of a deployed process as Markdown, written from the same adapter classes
 * and refusal lists the check uses, for the "What a process may contain" section of
 * {@code docs/process-design.md} (between {@link #START} and {@link #END}).
 */
public final class VocabularyDocument {

  public static final String START = "<!-- vocabulary:start -->";
  public static final String END = "<!-- vocabulary:end -->";

  private final ProcessVocabulary vocabulary;

  public VocabularyDocument(ProcessVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The document with its generated section replaced by the current vocabulary. */
  public String updated(String document) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("The document has no " + START + " ... " + END + " section");
    }
    return document.substring(0, start) + START + "\n" + section() + END + document.substring(end + END.length());
  }

  String section() {
    StringBuilder text = new StringBuilder();
    text.append("<!-- Generated from the process adapters and the deployment check; do not edit by hand. -->\n\n");
    text.append("**Process adapters** (pass `execution` or `task` whole where a method takes one):\n\n");
    vocabulary.adapters().forEach((bean, adapter) -> {
      text.append("- `").append(bean).append("` (`").append(adapter.getName()).append("`)\n");
      vocabulary.methodsOf(bean).forEach(method -> text.append("  - `").append(bean).append('.').append(signature(method))
          .append("`\n"));
    });
    text.append("\n**Built-in functions**: ")
        .append(ProcessVocabulary.BUILT_IN_FUNCTIONS.stream().sorted().map(name -> "`" + name + "()`").collect(Collectors.joining(", ")))
        .append(".\n\n");
    text.append("**Refused elements**:\n\n");
    list(text, BpmnCheck.REFUSED_ELEMENTS);
    text.append("\n**Refused attributes** (in any namespace):\n\n");
    list(text, BpmnCheck.REFUSED_ATTRIBUTES);
    text.append("\n**Names refused anywhere in an expression or a FEEL text** (they reach into the Java runtime): ")
        .append(ProcessVocabulary.REFLECTION_NAMES.stream().sorted().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
        .append(".\n\n");
    text.append("**Decision languages**: FEEL (the default; also ")
        .append(DmnCheck.FEEL.stream().filter(name -> !name.equals("feel")).sorted().map(name -> "`" + name + "`")
            .collect(Collectors.joining(", ")))
        .append(") and `").append(DmnCheck.JUEL).append("` (held to the expression rules above); FEEL external functions are refused.\n\n");
    text.append("**Form components refused**: ")
        .append(FormCheck.REFUSED_COMPONENTS.stream().sorted().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
        .append(".\n\n");
    text.append("**Form components ClosedLoop's pages show** (any other is refused): ")
        .append(FormRenderer.SUPPORTED_TYPES.stream().sorted().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
        .append(".\n\n");
    text.append("**Fields the forms of ClosedLoop's own steps must keep** (form: field keys; ")
        .append(vocabulary.contracts().stream().flatMap(contract -> contract.choices().stream())
            .map(choices -> "`" + choices.form() + "`'s `" + choices.field() + "` takes its choices from `" + choices.valuesKey() + "`")
            .collect(Collectors.joining("; ")))
        .append(" by `valuesKey`):\n\n");
    Map<String, List<String>> fieldsByForm = new TreeMap<>();
    vocabulary.contracts().forEach(contract -> fieldsByForm.putAll(contract.fieldsByForm()));
    fieldsByForm.forEach((form, fields) -> text.append("- `").append(form).append("`: ")
        .append(fields.stream().map(field -> "`" + field + "`").collect(Collectors.joining(", "))).append('\n'));
    text.append("\n**User tasks a new version must keep** (id: form):\n\n");
    vocabulary.contracts().stream().filter(contract -> !contract.formsByUserTask().isEmpty()).forEach(process ->
        text.append("- `").append(process.processKey()).append("`: ").append(process.formsByUserTask().entrySet().stream()
            .sorted(Map.Entry.comparingByKey()).map(task -> "`" + task.getKey() + "`: `" + task.getValue() + "`")
            .collect(Collectors.joining(", "))).append('\n'));
    return text.toString();
  }

  private static String signature(Method method) {
    return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ")) + ")";
  }

  private static void list(StringBuilder text, Map<String, String> reasons) {
    reasons.forEach((name, reason) -> text.append("- `").append(name).append("`: ").append(reason).append('\n'));
  }
}
