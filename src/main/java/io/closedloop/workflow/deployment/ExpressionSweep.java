package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Finds every {@code ${...}} and {@code #{...}} of a file, in any attribute or text, wherever the
 * engine might evaluate it (service tasks, listeners, mappings, timers, conditions, due dates,
 * assignees, called elements, form field defaults...), and checks each with {@link ExpressionCheck}.
 */
final class ExpressionSweep {

  private static final int SHOWN_LENGTH = 100;

  private final ExpressionCheck expressions;

  ExpressionSweep(ExpressionCheck expressions) {
    this.expressions = expressions;
  }

  List<Refusal> sweep(String resource, ModelXml xml) {
    List<Refusal> refusals = new ArrayList<>();
    for (Element element : xml.elements()) {
      for (Attr attribute : ModelXml.attributes(element)) {
        check(resource, element, attribute.getValue()).ifPresent(refusals::add);
      }
      check(resource, element, ModelXml.ownText(element)).ifPresent(refusals::add);
    }
    return refusals;
  }

  Optional<Refusal> check(String resource, Element element, String text) {
    if (!ExpressionCheck.holdsExpression(text)) {
      return Optional.empty();
    }
    return expressions.whyRefused(text)
        .map(reason -> new Refusal(resource, ModelXml.idOf(element), "expression " + shown(text) + " " + reason));
  }

  static String shown(String expression) {
    String oneLine = expression.replaceAll("\\s+", " ");
    return oneLine.length() <= SHOWN_LENGTH ? oneLine : oneLine.substring(0, SHOWN_LENGTH - 3) + "...";
  }
}
