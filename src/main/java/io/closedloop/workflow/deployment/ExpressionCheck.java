package io.closedloop.workflow.deployment;

import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilder;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Parses one JUEL expression (or text holding {@code ${...}}/{@code #{...}}) the way the engine
 * does and walks its syntax tree: it may read process variables, use operators and literals,
 * call {@code now()} and {@code dateTime()}, and call a process adapter's public method, passing
 * {@code execution} or {@code task} only whole. Anything else is refused with the reason.
 */
final class ExpressionCheck {

  private final TreeBuilder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  private final ProcessVocabulary vocabulary;
  private final Predicate<String> isSpringBean;

  ExpressionCheck(ProcessVocabulary vocabulary, Predicate<String> isSpringBean) {
    this.vocabulary = vocabulary;
    this.isSpringBean = isSpringBean;
  }

  static boolean holdsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why the expression may not be deployed, in words that follow "expression ${...}", or empty if it may. */
  Optional<String> whyRefused(String expression) {
    try {
      return check(parser.build(expression).getRoot());
    } catch (TreeBuilderException e) {
      return Optional.of("cannot be read: " + e.getMessage());
    }
  }

  private Optional<String> check(Node node) {
    if (node instanceof AstText || node instanceof AstLiteral) {
      return Optional.empty();
    }
    if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested || node instanceof AstBinary
        || node instanceof AstUnary || node instanceof AstChoice || node instanceof AstParameters) {
      return checkChildren(node);
    }
    if (node instanceof AstIdentifier identifier) {
      return variableRead(identifier.getName());
    }
    if (node instanceof AstProperty property) {
      return propertyRead(property);
    }
    if (node instanceof AstMethod method) {
      return methodCall(method);
    }
    if (node instanceof AstFunction function) {
      return functionCall(function);
    }
    return Optional.of("uses " + node.getClass().getSimpleName().replace("Ast", "").toLowerCase()
        + ", which a process expression may not use");
  }

  private Optional<String> checkChildren(Node node) {
    for (int i = 0; i < node.getCardinality(); i++) {
      Optional<String> refusal = check(node.getChild(i));
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  private Optional<String> variableRead(String name) {
    if (vocabulary.isAdapter(name)) {
      return Optional.of("uses " + name + " without calling one of its methods");
    }
    if (ProcessVocabulary.isEngineObject(name)) {
      return Optional.of("uses " + name + ", which may only be passed whole to a process adapter's method");
    }
    if (ProcessVocabulary.isReflective(name)) {
      return Optional.of("uses " + name + ", which reaches into the server's Java runtime");
    }
    if (isSpringBean.test(name)) {
      return Optional.of("reads " + name + ", which is not a process variable but a server component");
    }
    return Optional.empty();
  }

  private Optional<String> propertyRead(AstProperty property) {
    Optional<String> name = propertyName(property);
    if (name.isEmpty()) {
      return Optional.of("uses a computed [ ] index; only a quoted name or a number may stand in [ ]");
    }
    if (ProcessVocabulary.isReflective(name.get())) {
      return Optional.of("reads " + name.get() + ", which reaches into the server's Java runtime");
    }
    Node owner = property.getChild(0);
    if (owner instanceof AstIdentifier identifier) {
      if (vocabulary.isAdapter(identifier.getName())) {
        return Optional.of("reads " + name.get() + " of " + identifier.getName() + "; only its methods may be called");
      }
      if (ProcessVocabulary.isEngineObject(identifier.getName())) {
        return Optional.of("looks into " + identifier.getName() + ", which may only be passed whole to a process adapter's method");
      }
      return variableRead(identifier.getName());
    }
    if (owner instanceof AstProperty inner) {
      return propertyRead(inner);
    }
    return Optional.of("reads " + name.get() + " of a computed value; only process variables may be read");
  }

  private Optional<String> methodCall(AstMethod method) {
    AstProperty target = (AstProperty) method.getChild(0);
    Node arguments = method.getChild(1);
    Optional<String> name = target instanceof AstDot ? propertyName(target) : Optional.empty();
    if (name.isEmpty()) {
      return Optional.of("calls a method through a [ ] index; only process adapters' methods may be called");
    }
    if (ProcessVocabulary.isReflective(name.get())) {
      return Optional.of("calls " + name.get() + ", which reaches into the server's Java runtime");
    }
    Node owner = target.getChild(0);
    if (!(owner instanceof AstIdentifier identifier)) {
      Optional<String> inner = check(owner);
      return inner.isPresent() ? inner : Optional.of("calls " + name.get() + " on " + describe(owner)
          + "; only process adapters' methods may be called");
    }
    String adapter = identifier.getName();
    if (ProcessVocabulary.isEngineObject(adapter)) {
      return Optional.of("calls " + adapter + "." + name.get() + "; " + adapter
          + " may only be passed whole to a process adapter's method");
    }
    if (!vocabulary.isAdapter(adapter)) {
      return Optional.of("calls " + adapter + ", which is not a process adapter");
    }
    if (!vocabulary.hasMethodNamed(adapter, name.get())) {
      return Optional.of("calls " + adapter + "." + name.get() + ", which is not a public method of "
          + vocabulary.adapters().get(adapter).getSimpleName());
    }
    if (vocabulary.method(adapter, name.get(), arguments.getCardinality()).isEmpty()) {
      return Optional.of("calls " + adapter + "." + name.get() + " with " + arguments.getCardinality()
          + " arguments, which no public method of " + vocabulary.adapters().get(adapter).getSimpleName() + " takes");
    }
    return adapterArguments(arguments);
  }

  private Optional<String> adapterArguments(Node arguments) {
    for (int i = 0; i < arguments.getCardinality(); i++) {
      Node argument = arguments.getChild(i);
      boolean wholeEngineObject = argument instanceof AstIdentifier identifier
          && ProcessVocabulary.isEngineObject(identifier.getName());
      Optional<String> refusal = wholeEngineObject ? Optional.empty() : check(argument);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  private Optional<String> functionCall(AstFunction function) {
    if (!ProcessVocabulary.isBuiltInFunction(function.getName())) {
      return Optional.of("calls the function " + function.getName() + ", which is not one of the built-in functions "
          + String.join("(), ", ProcessVocabulary.BUILT_IN_FUNCTIONS.stream().sorted().toList()) + "()");
    }
    return checkChildren(function);
  }

  private static String describe(Node owner) {
    if (owner instanceof AstMethod) {
      return "the result of another call";
    }
    if (owner instanceof AstFunction function) {
      return "the result of " + function.getName() + "()";
    }
    if (owner instanceof AstProperty) {
      return "a property of a process variable";
    }
    return "a computed value";
  }

  /** The name of {@code a.name} or {@code a['name']}; empty when the index is computed. */
  private static Optional<String> propertyName(AstProperty property) {
    if (property instanceof AstDot dot) {
      // AstDot keeps its name private; it prints itself as ". name"
      return Optional.of(dot.toString().substring(2));
    }
    Node index = ((AstBracket) property).getChild(1);
    if (index instanceof AstString text) {
      return Optional.of(String.valueOf(text.eval(null, null)));
    }
    if (index instanceof AstNumber number) {
      return Optional.of(number.toString());
    }
    return Optional.empty();
  }
}
