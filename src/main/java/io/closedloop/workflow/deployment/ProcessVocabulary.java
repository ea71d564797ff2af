package io.closedloop.workflow.deployment;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What an expression in a deployed process may name: the process adapters (beans whose public
 * methods a process calls), the built-in functions, and the engine objects that may be handed
 * whole to an adapter. Read from the adapter classes themselves, so it follows the code; the
 * adapters, and what else the code expects of each process, come from the modules' {@link ProcessContract}s.
 */
public final class ProcessVocabulary {

  static final Set<String> BUILT_IN_FUNCTIONS = Set.of("now", "dateTime");
  static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task");
  static final Set<String> REFLECTION_NAMES = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
      "Class", "ClassLoader", "Runtime", "getRuntime", "exec", "ProcessBuilder", "System", "Thread", "invoke", "getMethod",
      "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getField",
      "newInstance", "getConstructor", "getDeclaredConstructor", "getDeclaredConstructors", "setAccessible", "Unsafe",
      "reflect", "ScriptEngineManager", "getProcessEngineServices", "getProcessEngine", "processEngineServices",
      "externalTask", "caseExecution");

  private final List<ProcessContract> contracts;
  private final Map<String, Class<?>> adapters;

  /** The vocabulary of these processes, in the order of their keys. */
  public ProcessVocabulary(List<ProcessContract> contracts) {
    this.contracts = contracts.stream().sorted(Comparator.comparing(ProcessContract::processKey)).toList();
    Map<String, Class<?>> byBeanName = new LinkedHashMap<>();
    this.contracts.forEach(contract -> byBeanName.put(beanName(contract.adapter()), contract.adapter()));
    this.adapters = byBeanName;
  }

  /** What the code expects of each process, in the order of their keys. */
  public List<ProcessContract> contracts() {
    return contracts;
  }

  public Map<String, Class<?>> adapters() {
    return adapters;
  }

  public boolean isAdapter(String name) {
    return adapters.containsKey(name);
  }

  /** The public methods a process may call on an adapter, by name and then by number of parameters. */
  public List<Method> methodsOf(String adapter) {
    return Arrays.stream(adapters.get(adapter).getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
        .filter(method -> !method.isSynthetic() && !method.isBridge())
        .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
        .toList();
  }

  Optional<Method> method(String adapter, String name, int argumentCount) {
    return methodsOf(adapter).stream()
        .filter(method -> method.getName().equals(name) && method.getParameterCount() == argumentCount)
        .findFirst();
  }

  boolean hasMethodNamed(String adapter, String name) {
    return methodsOf(adapter).stream().anyMatch(method -> method.getName().equals(name));
  }

  static boolean isBuiltInFunction(String name) {
    return BUILT_IN_FUNCTIONS.contains(name);
  }

  static boolean isEngineObject(String name) {
    return ENGINE_OBJECTS.contains(name);
  }

  static boolean isReflective(String name) {
    return REFLECTION_NAMES.contains(name);
  }

  private static String beanName(Class<?> adapter) {
    Component component = adapter.getAnnotation(Component.class);
    if (component == null || component.value().isEmpty()) {
      throw new IllegalArgumentException(adapter.getName() + " is not a named @Component, so a process cannot call it");
    }
    return component.value();
  }
}
