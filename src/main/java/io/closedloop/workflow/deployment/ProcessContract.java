package io.closedloop.workflow.deployment;

import java.util.List;
import java.util.Map;

/**
 * What ClosedLoop's code expects of one of its processes, declared as a bean beside the module's
 * process adapters: the deployment check holds every new version of the process, and of the forms
 * of its steps, to it.
 *
 * @param processKey the process's key, e.g. {@code detractor-case}
 * @param adapter the named component whose public methods the process's expressions call
 * @param formsByUserTask the user tasks ClosedLoop's pages and API complete, with the form each shows
 * @param fieldsByForm the fields ClosedLoop reads from those forms, by form id
 * @param choices the fields that must take their choices from a variable ({@code valuesKey})
 */
public record ProcessContract(String processKey, Class<?> adapter, Map<String, String> formsByUserTask,
    Map<String, List<String>> fieldsByForm, List<FieldChoices> choices) {

  /** A process whose expressions call {@code adapter} and whose user tasks are all the designer's. */
  public static ProcessContract adapterOnly(String processKey, Class<?> adapter) {
    return new ProcessContract(processKey, adapter, Map.of(), Map.of(), List.of());
  }

  /**
   * A field of a form that must take its choices from a variable, e.g. the resolve form's root cause
   * from the taxonomy.
   *
   * @param source what the choices are, in the refusal's words (e.g. {@code the root-cause taxonomy})
   */
  public record FieldChoices(String form, String field, String valuesKey, String source) {}
}
