package io.closedloop.tasks.process;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.tasks.StepsWithOwnPage;
import io.closedloop.tasks.TaskWorker;
import io.closedloop.tasks.UserTask;
import io.closedloop.tasks.UserTasks;
import io.closedloop.workflow.ProcessKeys;
import io.closedloop.workflow.TaskVariables;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The open user tasks on the engine, as the tasks module sees them. The steps a module's own page
 * works ({@link StepsWithOwnPage}: the case page's three) are marked, and left out of the generic lists. A task is completed with its form's values as the
 * engine's plain types (numbers, text, booleans; dates as ISO text, lists as JSON, as Tasklist
 * stores them) and the worker as the task's own {@code actor}.
 */
@Component
class EngineUserTasks implements UserTasks {

  private static final int LISTED = 200;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ObjectMapper json;
  private final StepsWithOwnPage ownPages;

  EngineUserTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository, ObjectMapper json,
      StepsWithOwnPage ownPages) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.json = json;
    this.ownPages = ownPages;
  }

  @Override
  public List<UserTask> workableBy(TaskWorker worker) {
    TaskQuery query = tasks.createTaskQuery().active().or().taskAssignee(worker.userId()).taskCandidateUser(worker.userId());
    if (!worker.groups().isEmpty()) {
      query.taskCandidateGroupIn(List.copyOf(worker.groups()));
    }
    TaskQuery workable = query.endOr();
    if (!ownPages.taskKeys().isEmpty()) {
      workable.taskDefinitionKeyNotIn(ownPages.taskKeys().toArray(String[]::new));
    }
    List<Task> found = workable.orderByTaskCreateTime().asc().listPage(0, LISTED);
    return described(found).stream().filter(task -> !task.ownHandling()).toList();
  }

  @Override
  public List<UserTask> ofCase(String caseId) {
    return described(tasks.createTaskQuery().active().processInstanceBusinessKey(caseId).processDefinitionKey(ProcessKeys.DETRACTOR_CASE)
        .orderByTaskCreateTime().asc().list()).stream().filter(task -> !task.ownHandling()).toList();
  }

  @Override
  public Optional<UserTask> find(String taskId) {
    return described(tasks.createTaskQuery().active().taskId(taskId).list()).stream().findFirst();
  }

  @Override
  public Optional<UserTask> openStep(String businessKey, String taskKey) {
    return described(tasks.createTaskQuery().active().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list())
        .stream().findFirst();
  }

  @Override
  public Map<String, Object> variables(String taskId) {
    Map<String, Object> plain = new HashMap<>();
    VariableMap variables = tasks.getVariablesTyped(taskId, false);
    variables.keySet().forEach(name -> plain.put(name, plain(variables.getValueTyped(name))));
    return plain;
  }

  @Override
  public void complete(String taskId, Map<String, Object> values, String by) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, engineValue(value)));
    tasks.setVariableLocal(taskId, TaskVariables.ACTOR, by);
    tasks.complete(taskId, variables);
  }

  /** A variable as a plain value: JSON (Spin's, or an object serialized as JSON) read into lists and maps; other objects left out. */
  private Object plain(TypedValue value) {
    if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
      return "application/json".equals(serialized.getSerializationDataFormat()) ? parsed(serialized.getValueSerialized()) : null;
    }
    Object raw = value == null ? null : value.getValue();
    return raw != null && raw.getClass().getName().startsWith("org.camunda.spin") ? parsed(raw.toString()) : raw;
  }

  private Object parsed(String text) {
    try {
      return text == null ? null : json.readValue(text, new TypeReference<Object>() {});
    } catch (Exception notJson) {
      return text;
    }
  }

  private Object engineValue(Object value) {
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValue() : (Object) number.doubleValue();
    }
    if (value instanceof Temporal temporal) {
      return temporal.toString();
    }
    if (value instanceof List<?> list) {
      try {
        return SpinValues.jsonValue(json.writeValueAsString(list)).create();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  private List<UserTask> described(List<Task> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
    Map<String, String> businessKeys = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
        businessKeys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    Map<String, ProcessDefinition> definitions = new HashMap<>();
    Function<String, ProcessDefinition> definition = id -> id == null ? null : definitions.computeIfAbsent(id, repository::getProcessDefinition);
    List<UserTask> described = new ArrayList<>();
    for (Task task : found) {
      ProcessDefinition process = definition.apply(task.getProcessDefinitionId());
      String processKey = process == null ? null : process.getKey();
      boolean caseProcess = ProcessKeys.DETRACTOR_CASE.equals(processKey);
      String businessKey = businessKeys.get(task.getProcessInstanceId());
      List<String> users = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
      }
      described.add(new UserTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
          process == null ? null : (process.getName() == null ? processKey : process.getName()), businessKey,
          caseProcess ? businessKey : null, task.getAssignee(), List.copyOf(users), List.copyOf(groups), instant(task.getCreateTime()),
          instant(task.getDueDate()), ownPages.has(processKey, task.getTaskDefinitionKey())));
    }
    return described;
  }

  private static java.time.Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
