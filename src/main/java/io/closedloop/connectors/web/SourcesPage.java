package io.closedloop.connectors.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.connectors.ChangingMapping;
import io.closedloop.connectors.ChangingSecret;
import io.closedloop.connectors.DeliveryStatus;
import io.closedloop.connectors.ImportingExport;
import io.closedloop.connectors.PreviewingMapping;
import io.closedloop.connectors.RegisteringSource;
import io.closedloop.connectors.RegisteringSource.RegisterSource;
import io.closedloop.connectors.RegisteringSource.SourceRegistered;
import io.closedloop.connectors.ReplayingDelivery;
import io.closedloop.connectors.SourceKind;
import io.closedloop.connectors.SourceQueries;
import io.closedloop.connectors.SourceView;
import io.closedloop.intake.BatchResult;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.web.WebPage;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The admin's pages of sources: register one (its URL and secret shown this once), edit its mapping
 * with a preview on a stored event, see its dead letters with their reasons and replay them, import
 * an export file.
 */
@Controller
@WebPage
@RequestMapping("/settings/sources")
class SourcesPage {

  private static final int LISTED = 20;

  private final RegisteringSource registering;
  private final ChangingMapping changing;
  private final ChangingSecret changingSecret;
  private final PreviewingMapping previewing;
  private final ReplayingDelivery replaying;
  private final ImportingExport importing;
  private final SourceQueries queries;
  private final ObjectMapper json;

  SourcesPage(RegisteringSource registering, ChangingMapping changing, ChangingSecret changingSecret, PreviewingMapping previewing,
      ReplayingDelivery replaying, ImportingExport importing, SourceQueries queries, ObjectMapper json) {
    this.registering = registering;
    this.changing = changing;
    this.changingSecret = changingSecret;
    this.previewing = previewing;
    this.replaying = replaying;
    this.importing = importing;
    this.queries = queries;
    this.json = json;
  }

  @GetMapping
  String sources(Model model) {
    model.addAttribute("section", "settings");
    model.addAttribute("sources", queries.all());
    model.addAttribute("kinds", SourceKind.values());
    return "connectors/sources";
  }

  @PostMapping
  String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String secret, Principal admin, RedirectAttributes redirect) {
    try {
      SourceRegistered source = registering.register(new RegisterSource(name, kind, null, secret, admin.getName()));
      redirect.addFlashAttribute("created", source);
      redirect.addFlashAttribute("notice", "connectors.sources.created");
      return "redirect:/settings/sources/" + source.id();
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problems", invalid.errors());
      return "redirect:/settings/sources";
    }
  }

  @GetMapping("/{id}")
  String source(@PathVariable UUID id, Model model) throws JsonProcessingException {
    SourceView source = queries.one(id);
    model.addAttribute("section", "settings");
    model.addAttribute("source", source);
    model.addAttribute("hookUrl", source.takesWebhooks()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().path(source.hookPath()).toUriString() : null);
    if (!model.containsAttribute("mappingText")) {
      model.addAttribute("mappingText", json.writerWithDefaultPrettyPrinter().writeValueAsString(source.mapping()));
    }
    model.addAttribute("effective", json.writerWithDefaultPrettyPrinter().writeValueAsString(source.effectiveMapping()));
    model.addAttribute("deadLetters", queries.deliveries(id, DeliveryStatus.FAILED, PageRequest.of(0, LISTED)));
    model.addAttribute("recent", queries.deliveries(id, null, PageRequest.of(0, LISTED)));
    return "connectors/source";
  }

  @PostMapping("/{id}/secret")
  String changeSecret(@PathVariable UUID id, @RequestParam(defaultValue = "") String secret, Principal admin, RedirectAttributes redirect) {
    return Notices.done(redirect, "redirect:/settings/sources/" + id, () -> {
      redirect.addFlashAttribute("changedSecret", changingSecret.change(id, secret, admin.getName()));
      return "connectors.secret.changed";
    });
  }

  @PostMapping("/{id}/mapping")
  String saveMapping(@PathVariable UUID id, @RequestParam(defaultValue = "{}") String mapping, Principal admin,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("mappingText", mapping);
    return Notices.done(redirect, "redirect:/settings/sources/" + id + "#mapping", () -> {
      changing.change(id, parse(mapping), admin.getName());
      return "connectors.mapping.saved.notice";
    });
  }

  /** The preview of a mapping being edited, as a fragment for htmx. */
  @PostMapping("/{id}/preview")
  String preview(@PathVariable UUID id, @RequestParam(defaultValue = "{}") String mapping, Model model) {
    try {
      model.addAttribute("preview", previewing.preview(id, parse(mapping), null));
    } catch (InvalidInputException invalid) {
      model.addAttribute("preview", new PreviewingMapping.MappingPreview(null, java.util.Map.of(), invalid.errors(), null));
    }
    return "connectors/source :: preview";
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/replay")
  String replay(@PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
    return Notices.done(redirect, "redirect:/settings/sources/" + id + "#dead-letters", () -> {
      DeliveryStatus status = replaying.replay(id, deliveryId).status();
      return status == DeliveryStatus.PROCESSED ? "connectors.replay.processed" : "connectors.replay.failed";
    });
  }

  /** An export file uploaded from the page (htmx, multipart); answers the import's outcome as a fragment. */
  @PostMapping("/{id}/import")
  String importFile(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Principal user, Model model) throws IOException {
    try {
      BatchResult result = importing.importFile(id, file.getInputStream(), file.getSize(), user.getName());
      model.addAttribute("result", result);
    } catch (InvalidInputException invalid) {
      model.addAttribute("importProblems", invalid.errors());
    }
    return "connectors/source :: imported";
  }

  private JsonNode parse(String mapping) {
    try {
      return json.readTree(mapping.isBlank() ? "{}" : mapping);
    } catch (JsonProcessingException notJson) {
      throw new InvalidInputException(List.of(new FieldError("mapping", "is not valid JSON: " + notJson.getOriginalMessage())));
    }
  }
}
