package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The rules of a DMN file: FEEL (the engine's default) in input expressions, input entries,
 * output entries and literal expressions, without external Java functions; JUEL only where a file
 * asks for it and then within the process vocabulary; no script language.
 */
final class DmnCheck {

  static final String JUEL = "juel";
  /** The names the DMN engine knows for FEEL. */
  static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/FEEL/20140401",
      "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
      "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/");
  /** The elements whose text the DMN engine evaluates. */
  static final Set<String> EVALUATED = Set.of("inputExpression", "inputEntry", "outputEntry", "literalExpression");

  private final ExpressionSweep sweep;

  DmnCheck(ExpressionSweep sweep) {
    this.sweep = sweep;
  }

  List<Refusal> check(String resource, ModelXml xml) {
    List<Refusal> refusals = new ArrayList<>();
    String fileLanguage = xml.root().getAttribute("expressionLanguage");
    for (Element element : xml.elements()) {
      String language = element.getAttribute("expressionLanguage");
      if (!language.isEmpty() && !isFeel(language) && !JUEL.equals(language)) {
        refusals.add(new Refusal(resource, ModelXml.idOf(element), "uses the expression language " + language
            + "; decisions are written in FEEL"));
      } else if (EVALUATED.contains(ModelXml.localName(element))) {
        String effective = language.isEmpty() ? fileLanguage : language;
        evaluatedText(resource, element, effective).ifPresent(refusals::add);
      }
    }
    refusals.addAll(sweep.sweep(resource, xml));
    return refusals;
  }

  private Optional<Refusal> evaluatedText(String resource, Element element, String language) {
    String text = textOf(element);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (JUEL.equals(language)) {
      // the DMN engine wraps JUEL text that is not yet an expression in ${...}
      return sweep.check(resource, element, ExpressionCheck.holdsExpression(text) ? text : "${" + text + "}");
    }
    return FeelCheck.whyRefused(text)
        .map(reason -> new Refusal(resource, ModelXml.idOf(element), "FEEL " + ExpressionSweep.shown(text) + " " + reason));
  }

  /** An evaluated element keeps its expression in a {@code text} child. */
  private static String textOf(Element element) {
    var texts = element.getElementsByTagNameNS("*", "text");
    return texts.getLength() == 0 ? ModelXml.ownText(element) : ModelXml.ownText((Element) texts.item(0));
  }

  static boolean isFeel(String language) {
    return FEEL.contains(language) || FEEL.contains(language.toLowerCase());
  }
}
