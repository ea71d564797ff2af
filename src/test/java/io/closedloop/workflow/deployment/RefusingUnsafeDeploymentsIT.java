package io.closedloop.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Deploying through the engine's REST API, as Camunda Modeler's deploy button does, runs the deployment check first. */
@IntegrationTest
class RefusingUnsafeDeploymentsIT {

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repository;

  @Test
  void a_process_calling_a_server_component_is_refused_with_the_element_and_the_reason_and_nothing_is_deployed() {
    String key = "steal-" + UUID.randomUUID();
    byte[] stealing = Models.process(key,
        "<bpmn:serviceTask id=\"ServiceTask_Steal\" camunda:expression=\"${jdbcClient.sql('select * from customer').query().listOfRows()}\" />");

    ResponseEntity<String> answer = deploy(key, stealing);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody())
        .contains(key + ".bpmn: ServiceTask_Steal: expression ${jdbcClient.sql(")
        .contains("calls jdbcClient, which is not a process adapter")
        .contains("\"mainElementId\":\"ServiceTask_Steal\"");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(repository.createDeploymentQuery().deploymentName(key).count()).isZero();
  }

  @Test
  void a_harmless_process_is_deployed() {
    String key = "harmless-" + UUID.randomUUID();
    byte[] harmless = Models.process(key, """
        <bpmn:serviceTask id="Remind" camunda:expression="${caseProcess.remind(caseId)}" />
        <bpmn:userTask id="Check" camunda:candidateGroups="${team}" camunda:dueDate="${now()}" />""");

    ResponseEntity<String> answer = deploy(key, harmless);

    try {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
    } finally {
      repository.createDeploymentQuery().deploymentName(key).list()
          .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }
  }

  @Test
  void a_deployment_through_the_java_api_is_refused_too() {
    String key = "steal-" + UUID.randomUUID();

    assertThatThrownBy(() -> repository.createDeployment().name(key)
        .addInputStream(key + ".bpmn", new ByteArrayInputStream(Models.process(key,
            "<bpmn:scriptTask id=\"Script\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>")))
        .deploy())
        .isInstanceOf(DeploymentRefused.class)
        .hasMessageContaining(key + ".bpmn: Script: is a script task");
    assertThat(repository.createDeploymentQuery().deploymentName(key).count()).isZero();
  }

  private ResponseEntity<String> deploy(String key, byte[] bpmn) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", key);
    form.add("data", new ByteArrayResource(bpmn) {
      @Override
      public String getFilename() {
        return key + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return Api.as("admin", port).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }
}
