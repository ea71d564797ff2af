package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.identity.Directory;
import io.closedloop.identity.Role;
import io.closedloop.identity.Teams;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teams and their members and managers; kept here unless the company directory (Keycloak) keeps them. */
@SettingsPage
class TeamSettings {

  static final String PAGE = "/settings/teams";

  private final Teams teams;
  private final Directory directory;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  TeamSettings(Teams teams, Directory directory, SettingsChanges changes, SettingsForms forms) {
    this.teams = teams;
    this.directory = directory;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("teams", teams.all().stream().map(team -> new TeamView(team, teams.membersOf(team))).toList());
    model.addAttribute("managers", teams.membersOf(Role.MANAGER.groupId()));
    model.addAttribute("users", directory.users());
    model.addAttribute("teamsEditable", directory.isWritable());
    return "settings/teams";
  }

  @PostMapping(PAGE)
  String create(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String name, Principal user,
      HttpServletRequest request, RedirectAttributes redirect) {
    SettingsForm form = SettingsForm.of(PAGE, "new-team", "settings.teams.created", id.strip()).refusedAs("settings.teams.directory");
    return forms.submit(form, request, redirect, () -> changes.createTeam(id.strip(), name, user.getName()));
  }

  @PostMapping("/settings/teams/{team}/members")
  String addMember(@PathVariable String team, @RequestParam(defaultValue = "") String user,
      @RequestParam(defaultValue = "false") boolean manager, Principal admin, HttpServletRequest request, RedirectAttributes redirect) {
    SettingsForm form = SettingsForm.of(PAGE, "members-" + team, "settings.teams.joined", user, team).refusedAs("settings.teams.directory");
    return forms.submit(form, request, redirect, () -> changes.addTeamMember(team, user, manager, admin.getName()));
  }

  @PostMapping("/settings/teams/{team}/members/{user}/remove")
  String removeMember(@PathVariable String team, @PathVariable String user, Principal admin, HttpServletRequest request,
      RedirectAttributes redirect) {
    SettingsForm form = SettingsForm.of(PAGE, "members-" + team, "settings.teams.left", user, team).refusedAs("settings.teams.directory");
    return forms.submit(form, request, redirect, () -> changes.removeTeamMember(team, user, admin.getName()));
  }

  /** A team as the page shows it. */
  record TeamView(String id, List<String> members) {}
}
