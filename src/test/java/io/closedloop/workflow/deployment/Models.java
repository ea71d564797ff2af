package io.closedloop.workflow.deployment;

import java.nio.charset.StandardCharsets;

/** Small BPMN and DMN files for the deployment check's tests, built around the snippet under test. */
final class Models {

  private Models() {}

  /** A process {@code id} whose body is {@code elements} (BPMN elements with the bpmn: and camunda: prefixes). */
  static byte[] process(String id, String elements) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Test" targetNamespace="http://closedloop.io/test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start" />
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, elements)).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] process(String elements) {
    return process("test-process", elements);
  }

  static byte[] serviceTask(String id, String expression) {
    return process("<bpmn:serviceTask id=\"%s\" camunda:expression=\"%s\" />".formatted(id, expression));
  }

  /** A decision table with one input expression and one rule; {@code tableAttributes} go on the input expression. */
  static byte[] decision(String inputExpressionAttributes, String inputExpression, String inputEntry, String outputEntry) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Test_Definitions" name="Test"
            namespace="http://closedloop.io/test">
          <decision id="test-decision" name="Test">
            <decisionTable id="Table" hitPolicy="FIRST">
              <input id="Input">
                <inputExpression id="InputExpression" typeRef="string" %s><text>%s</text></inputExpression>
              </input>
              <output id="Output" name="result" typeRef="string" />
              <rule id="Rule">
                <inputEntry id="RuleInput"><text>%s</text></inputEntry>
                <outputEntry id="RuleOutput"><text>%s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(inputExpressionAttributes, inputExpression, inputEntry, outputEntry)).getBytes(StandardCharsets.UTF_8);
  }
}
