package io.closedloop.connectors.web;

import io.closedloop.connectors.ReceivingDelivery;
import io.closedloop.connectors.ReceivingDelivery.DeliveryReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where survey tools deliver their webhooks: no login, the signature over the raw body proves the sender. */
@RestController
@Tag(name = "Webhooks", description = "Deliveries of survey tools, signed with the source's secret")
class HookController {

  private final ReceivingDelivery receiving;

  HookController(ReceivingDelivery receiving) {
    this.receiving = receiving;
  }

  @PostMapping("/api/hooks/{sourceId}")
  @Operation(summary = "Deliver a webhook", description = "Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) "
      + "or Typeform-Signature. 200 once every event is stored, with what became of each; 401 and nothing stored for a bad signature")
  DeliveryReceipt deliver(@PathVariable UUID sourceId, HttpServletRequest request) throws IOException {
    return receiving.receive(sourceId, request.getInputStream(), request.getContentLengthLong(), headers(request));
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }
}
