package io.closedloop.workflow.web;

import io.closedloop.shared.NotFoundException;
import io.closedloop.workflow.MovingRunningInstances;
import io.closedloop.workflow.ProcessCatalog;
import io.closedloop.workflow.ProcessCatalog.Content;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The process designer's home: every deployed process and decision table with its versions and
 * running instances, links into Cockpit, the model files to download and open in Camunda
 * Modeler, how to deploy a new version with Modeler's deploy button, and moving running instances
 * of older versions to a newer one.
 */
@Controller
class ProcessesPage {

  private final ProcessCatalog catalog;
  private final MovingRunningInstances moving;
  private final MessageSource messages;

  ProcessesPage(ProcessCatalog catalog, MovingRunningInstances moving, MessageSource messages) {
    this.catalog = catalog;
    this.moving = moving;
    this.messages = messages;
  }

  /** "Move running cases to this version": the running instances of every older version of the process move to this one. */
  @PostMapping("/processes/versions/{definitionId}/migration")
  String migrate(@PathVariable String definitionId, RedirectAttributes redirect) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> results = moving.moveTo(definitionId).stream().map(moved -> moved.refusal() != null
        ? messages.getMessage("processes.migration-refused", new Object[] {moved.fromVersion(), moved.refusal()}, locale)
        : messages.getMessage(moved.asBatch() ? "processes.migrated.batch" : "processes.migrated",
            new Object[] {moved.instances(), moved.fromVersion(), moved.toVersion()}, locale)).toList();
    redirect.addFlashAttribute("migrated", results.isEmpty() ? List.of(messages.getMessage("processes.migrated.none", null, locale)) : results);
    return "redirect:/processes";
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
