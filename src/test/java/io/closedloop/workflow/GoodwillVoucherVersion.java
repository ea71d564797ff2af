package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.cases.process.CaseTasks;
import io.closedloop.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A designer's new version of the shipped detractor-case process, made the way Camunda Modeler
 * would save it: the user task "Offer a goodwill voucher" (with its own form, bound to the
 * deployment) inserted before {@code ResolveCase}, drawn below it, and a changed call-back form.
 * Built from the shipped file by element ids only, so it follows whatever the shipped diagram
 * looks like. Deployed and taken back through {@code /engine-rest/deployment/create} as dana.
 */
final class GoodwillVoucherVersion {

  static final String TASK_ID = "OfferGoodwillVoucher";
  static final String TASK_NAME = "Offer a goodwill voucher";
  static final String FORM_ID = "offer-goodwill-voucher";
  static final String CHANGED_NOTE_LABEL = "What did the customer say?";
  static final String CALL_BACK_HINT = "Mention the goodwill voucher if the customer is reached.";

  static final String VOUCHER_FORM = """
      {
        "id": "offer-goodwill-voucher",
        "type": "default",
        "schemaVersion": 16,
        "components": [
          {"id": "Text_Voucher", "type": "text", "text": "# Offer a goodwill voucher\\nThe customer scored **{{score}}**."},
          {"id": "Field_voucherAmount", "key": "voucherAmount", "label": "Voucher amount (EUR)", "type": "number",
           "validate": {"required": true, "min": 5, "max": 200}},
          {"id": "Field_voucherReason", "key": "voucherReason", "label": "What the voucher makes up for", "type": "select",
           "valuesKey": "rootCauseOptions", "validate": {"required": true}},
          {"id": "Field_voucherAccepted", "key": "voucherAccepted", "label": "The customer accepted the voucher", "type": "checkbox"},
          {"id": "Field_voucherNote", "key": "voucherNote", "label": "Note for the voucher team", "type": "textarea"}
        ]
      }
      """;

  private GoodwillVoucherVersion() {}

  /** Deploys the new version with its forms; answers the engine's answer. */
  static ResponseEntity<Map> deploy(int port) throws IOException {
    return deploy(port, "goodwill-voucher", Map.of("detractor-case.bpmn", withVoucherTask(), FORM_ID + ".form", VOUCHER_FORM.getBytes(
        StandardCharsets.UTF_8), "call-back-customer.form", changedCallBackForm()));
  }

  /** Deploys the shipped process and call-back form again, so new cases start on the shipped flow. */
  static void restoreShipped(int port) throws IOException {
    ResponseEntity<Map> restored = deploy(port, "shipped-again", Map.of("detractor-case.bpmn", Files.readAllBytes(Path.of("bpmn/detractor-case.bpmn")),
        "call-back-customer.form", Files.readAllBytes(Path.of("forms/call-back-customer.form"))));
    assertThat(restored.getStatusCode()).as("the shipped version deploys again: %s", restored.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** The id of the process version a deployment answer created. */
  @SuppressWarnings("unchecked")
  static String definitionIdOf(ResponseEntity<Map> deployed) {
    Map<String, Map<String, Object>> definitions = (Map<String, Map<String, Object>>) deployed.getBody().get("deployedProcessDefinitions");
    return definitions.keySet().iterator().next();
  }

  private static ResponseEntity<Map> deploy(int port, String name, Map<String, byte[]> files) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", name);
    files.forEach((fileName, content) -> form.add(fileName, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return Api.as("dana", port).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
  }

  static byte[] changedCallBackForm() throws IOException {
    String shipped = Files.readString(Path.of("forms/call-back-customer.form"));
    String changed = shipped.replaceFirst("\"label\": \"[^\"]*\",(\\s*\"type\": \"textarea\")", "\"label\": \"" + CHANGED_NOTE_LABEL + "\",$1")
        .replaceFirst("\"components\": \\[", "\"components\": [\n    {\"id\": \"Text_VoucherHint\", \"type\": \"text\", \"text\": \""
            + CALL_BACK_HINT + "\"},");
    assertThat(changed).contains(CHANGED_NOTE_LABEL).contains(CALL_BACK_HINT);
    return changed.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withVoucherTask() throws IOException {
    BpmnModelInstance model;
    try (InputStream shipped = Files.newInputStream(Path.of("bpmn/detractor-case.bpmn"))) {
      model = Bpmn.readModelFromStream(shipped);
    }
    UserTask resolve = model.getModelElementById(CaseTasks.RESOLVE);
    ModelElementInstance container = resolve.getParentElement();

    UserTask voucher = model.newInstance(UserTask.class);
    voucher.setId(TASK_ID);
    voucher.setName(TASK_NAME);
    voucher.setCamundaAssignee("${owner}");
    voucher.setCamundaCandidateGroups("${team}");
    voucher.setCamundaFormRef(FORM_ID);
    voucher.setCamundaFormRefBinding("deployment");
    container.addChildElement(voucher);

    List<SequenceFlow> incoming = new ArrayList<>(resolve.getIncoming());
    for (SequenceFlow flow : incoming) {
      flow.setTarget(voucher);
      resolve.getIncoming().remove(flow);
      voucher.getIncoming().add(flow);
    }
    SequenceFlow toResolve = model.newInstance(SequenceFlow.class);
    toResolve.setId("Flow_VoucherToResolve");
    container.addChildElement(toResolve);
    toResolve.setSource(voucher);
    toResolve.setTarget(resolve);
    voucher.getOutgoing().add(toResolve);
    resolve.getIncoming().add(toResolve);

    draw(model, resolve, voucher, incoming, toResolve);
    Bpmn.validateModel(model);
    return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
  }

  /** The new task sits below Resolve case; the flows that led to Resolve case now end at it, and a new flow leads up. */
  private static void draw(BpmnModelInstance model, FlowNode resolve, FlowNode voucher, Collection<SequenceFlow> incoming,
      SequenceFlow toResolve) {
    BpmnShape resolveShape = shapeOf(model, resolve);
    BpmnPlane plane = (BpmnPlane) resolveShape.getParentElement();
    Bounds at = resolveShape.getBounds();
    double x = at.getX();
    double y = at.getY() + at.getHeight() + 60;

    BpmnShape shape = model.newInstance(BpmnShape.class);
    shape.setId(TASK_ID + "_di");
    shape.setBpmnElement(voucher);
    Bounds bounds = model.newInstance(Bounds.class);
    bounds.setX(x);
    bounds.setY(y);
    bounds.setWidth(100);
    bounds.setHeight(80);
    shape.setBounds(bounds);
    plane.addChildElement(shape);

    for (SequenceFlow flow : incoming) {
      BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == flow).findFirst().orElseThrow();
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      Waypoint last = points.get(points.size() - 1);
      last.setX(x);
      last.setY(y + 40);
    }
    BpmnEdge edge = model.newInstance(BpmnEdge.class);
    edge.setId("Flow_VoucherToResolve_di");
    edge.setBpmnElement(toResolve);
    edge.getWaypoints().add(waypoint(model, x + 50, y));
    edge.getWaypoints().add(waypoint(model, x + 50, at.getY() + at.getHeight()));
    plane.addChildElement(edge);
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, FlowNode node) {
    return model.getModelElementsByType(BpmnShape.class).stream().filter(shape -> shape.getBpmnElement() == node).findFirst().orElseThrow();
  }

  private static Waypoint waypoint(BpmnModelInstance model, double x, double y) {
    Waypoint point = model.newInstance(Waypoint.class);
    point.setX(x);
    point.setY(y);
    return point;
  }
}
