package io.closedloop.workflow;

import static io.closedloop.support.CaseJson.timelineDetails;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A designer changes the SLA in the routing table and deploys it at runtime, as Camunda Modeler's deploy button does. */
@IntegrationTest
class RedeployingRoutingIT {

  @LocalServerPort
  int port;

  @Test
  void a_new_version_of_the_routing_table_deployed_through_the_engine_api_applies_to_new_cases() throws Exception {
    String original = Files.readString(Path.of("bpmn/case-routing.dmn"));
    String longerSla = original.replace("<outputEntry id=\"RuleUnhappySla\"><text>16</text>", "<outputEntry id=\"RuleUnhappySla\"><text>24</text>");
    assertThat(longerSla).isNotEqualTo(original);
    try {
      assertThat(deploy(longerSla).getStatusCode()).isEqualTo(HttpStatus.OK);

      Map<?, ?> routed = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, newCase(5));

      assertThat(timelineDetails(routed)).anySatisfy(detail -> assertThat(detail).contains("call back within 24 business hours"));
    } finally {
      assertThat(deploy(original).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, newCase(5)).get("timeline").toString())
        .contains("call back within 16 business hours");
  }

  private ResponseEntity<String> deploy(String table) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "routing-change");
    form.add("data", new ByteArrayResource(table.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "case-routing.dmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return Api.as("dana", port).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  private String newCase(int score) {
    String externalId = "redeploy-" + UUID.randomUUID();
    return (String) Api.as("admin", port).postForObject("/api/responses", Map.of("externalId", externalId, "score", score,
        "customer", Map.of("externalId", "c-" + externalId)), Map.class).get("caseId");
  }
}
