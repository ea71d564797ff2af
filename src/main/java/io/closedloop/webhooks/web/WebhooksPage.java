package io.closedloop.webhooks.web;

import io.closedloop.outbox.MessageStatus;
import io.closedloop.settings.web.SettingsPage;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import io.closedloop.webhooks.PingingWebhook;
import io.closedloop.webhooks.RegisteringWebhook;
import io.closedloop.webhooks.RegisteringWebhook.RegisterWebhook;
import io.closedloop.webhooks.RegisteringWebhook.WebhookRegistered;
import io.closedloop.webhooks.RemovingWebhook;
import io.closedloop.webhooks.ReplayingWebhookDelivery;
import io.closedloop.webhooks.WebhookEvent;
import io.closedloop.webhooks.WebhookFormat;
import io.closedloop.webhooks.WebhookQueries;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's pages of webhooks: register an endpoint (its secret shown this once), send it a test,
 * read its delivery log with every attempt, replay a call, remove the endpoint. Plain forms and links.
 */
@SettingsPage
@RequestMapping("/settings/webhooks")
class WebhooksPage {

  private static final String LIST = "redirect:/settings/webhooks";
  private static final int PAGE_SIZE = 20;

  private final RegisteringWebhook registering;
  private final RemovingWebhook removing;
  private final PingingWebhook pinging;
  private final ReplayingWebhookDelivery replaying;
  private final WebhookQueries queries;

  WebhooksPage(RegisteringWebhook registering, RemovingWebhook removing, PingingWebhook pinging, ReplayingWebhookDelivery replaying,
      WebhookQueries queries) {
    this.registering = registering;
    this.removing = removing;
    this.pinging = pinging;
    this.replaying = replaying;
    this.queries = queries;
  }

  @GetMapping
  String webhooks(Model model) {
    model.addAttribute("webhooks", queries.all());
    model.addAttribute("events", WebhookEvent.subscribable());
    model.addAttribute("formats", WebhookFormat.values());
    return "webhooks/webhooks";
  }

  @PostMapping
  String register(@RequestParam(defaultValue = "") String url, @RequestParam(name = "event", required = false) List<String> events,
      @RequestParam(defaultValue = "STANDARD") String format, Principal admin, RedirectAttributes redirect) {
    try {
      WebhookRegistered endpoint = registering.register(new RegisterWebhook(url, events, format, admin.getName()));
      redirect.addFlashAttribute("created", endpoint);
      redirect.addFlashAttribute("notice", "webhooks.registered");
      return "redirect:/settings/webhooks/" + endpoint.id();
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problems", invalid.errors());
      redirect.addFlashAttribute("entered", new Entered(url, events == null ? List.of() : events, format));
      return LIST;
    }
  }

  @GetMapping("/{id}")
  String webhook(@PathVariable UUID id, @RequestParam(required = false) MessageStatus status, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("webhook", queries.one(id));
    model.addAttribute("status", status);
    model.addAttribute("statuses", List.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.FAILED));
    model.addAttribute("deliveries", queries.deliveries(id, status, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    return "webhooks/webhook";
  }

  @PostMapping("/{id}/test")
  String test(@PathVariable UUID id, RedirectAttributes redirect) {
    return done(redirect, "redirect:/settings/webhooks/" + id + "#deliveries", () -> {
      pinging.ping(id);
      return "webhooks.tested";
    });
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/replay")
  String replay(@PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
    return done(redirect, "redirect:/settings/webhooks/" + id + "#deliveries", () -> {
      replaying.replay(id, deliveryId);
      return "webhooks.replayed";
    });
  }

  @PostMapping("/{id}/remove")
  String remove(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
    return done(redirect, LIST, () -> {
      removing.remove(id, admin.getName());
      return "webhooks.removed";
    });
  }

  /** Runs {@code change}, which answers the key of its notice; a refusal is told on the next page instead. */
  private static String done(RedirectAttributes redirect, String view, Supplier<String> change) {
    try {
      redirect.addFlashAttribute("notice", change.get());
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problems", invalid.errors());
    } catch (ConflictException | NotFoundException refused) {
      redirect.addFlashAttribute("problems", List.of(new FieldError("", refused.getMessage())));
    }
    return view;
  }

  /** What the admin entered in a refused registration, so the form keeps it. */
  record Entered(String url, List<String> events, String format) {}
}
