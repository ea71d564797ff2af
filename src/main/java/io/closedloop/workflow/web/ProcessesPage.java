package io.closedloop.workflow.web;

import io.closedloop.shared.NotFoundException;
import io.closedloop.workflow.ProcessCatalog;
import io.closedloop.workflow.ProcessCatalog.Content;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The process designer's home: every deployed process and decision table with its versions and
 * running instances, links into Cockpit, the model files to download and open in Camunda
 * Modeler, and how to deploy a new version with Modeler's deploy button.
 */
@Controller
class ProcessesPage {

  private final ProcessCatalog catalog;

  ProcessesPage(ProcessCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/processes")
  String processes(Model model) {
    model.addAttribute("section", "processes");
    model.addAttribute("processes", catalog.processes());
    model.addAttribute("decisions", catalog.decisions());
    model.addAttribute("forms", catalog.forms());
    model.addAttribute("engineRest", ServletUriComponentsBuilder.fromCurrentContextPath().path("/engine-rest").toUriString());
    return "processes/processes";
  }

  /** A BPMN, DMN or form file of a deployment, as an attachment with its own file name. */
  @GetMapping("/processes/deployments/{deploymentId}/resources/{resourceId}")
  ResponseEntity<byte[]> file(@PathVariable String deploymentId, @PathVariable String resourceId) {
    Content content = catalog.content(deploymentId, resourceId)
        .orElseThrow(() -> new NotFoundException("No model file " + resourceId + " in deployment " + deploymentId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(content.fileName()).build().toString())
        .body(content.bytes());
  }
}
