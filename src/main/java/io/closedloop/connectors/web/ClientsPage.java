package io.closedloop.connectors.web;

import io.closedloop.connectors.ClientQueries;
import io.closedloop.connectors.RegisteringClient;
import io.closedloop.connectors.RegisteringClient.RegisterClient;
import io.closedloop.connectors.RevokingClient;
import io.closedloop.identity.ClientScope;
import io.closedloop.web.WebPage;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page of machine clients: create one (its token shown this once), see each one's last use, revoke. */
@Controller
@WebPage
@RequestMapping("/settings/clients")
class ClientsPage {

  private final RegisteringClient registering;
  private final RevokingClient revoking;
  private final ClientQueries queries;

  ClientsPage(RegisteringClient registering, RevokingClient revoking, ClientQueries queries) {
    this.registering = registering;
    this.revoking = revoking;
    this.queries = queries;
  }

  @GetMapping
  String clients(Model model) {
    model.addAttribute("section", "settings");
    model.addAttribute("clients", queries.all());
    model.addAttribute("scopes", ClientScope.values());
    return "connectors/clients";
  }

  @PostMapping
  String create(@RequestParam(defaultValue = "") String name, @RequestParam(name = "scope", required = false) List<String> scopes,
      Principal admin, RedirectAttributes redirect) {
    return Notices.done(redirect, "redirect:/settings/clients", () -> {
      redirect.addFlashAttribute("created", registering.register(new RegisterClient(name, scopes, admin.getName())));
      return "connectors.clients.created";
    });
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
    return Notices.done(redirect, "redirect:/settings/clients", () -> {
      revoking.revoke(id, admin.getName());
      return "connectors.clients.revoked";
    });
  }
}
