package io.closedloop.forms;

import java.util.Optional;

/**
 * The Camunda Form deployed with the process version an open task belongs to (by its
 * {@code camunda:formRef} and binding), so a form deployed from Camunda Modeler reaches our pages
 * without a rebuild; implemented on the process engine in {@code forms/process}. Empty when the task has
 * no Camunda Form or does not exist.
 */
public interface DeployedForms {

  Optional<FormDefinition> ofTask(String taskId);
}
