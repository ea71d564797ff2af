package io.closedloop.cases.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.cases.AlarmReviews;
import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseOwners;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseSummary;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.TeamWorkload;
import io.closedloop.identity.Teams;
import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import io.closedloop.web.Moments;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's workspace: the team board, assigning and reassigning (one or many), escalations, and the
 * alarms to review (for the head of customer experience, those of every team), apart from the ones reviewed.
 */
@Controller
@WebPage
class TeamPage {

  private static final int SHOWN = 500;

  private final CaseQueries queries;
  private final AssigningCase assigning;
  private final CasePermissions permissions;
  private final Teams teams;
  private final ReferenceData referenceData;
  private final Moments moments;
  private final Clock clock;
  private final ObjectMapper json;
  private final CaseOwners owners;
  private final AlarmReviews alarmReviews;
  private final MessageSource messages;

  TeamPage(CaseQueries queries, AssigningCase assigning, CasePermissions permissions, Teams teams, ReferenceData referenceData,
      Moments moments, Clock clock, ObjectMapper json, CaseOwners owners, AlarmReviews alarmReviews, MessageSource messages) {
    this.owners = owners;
    this.alarmReviews = alarmReviews;
    this.messages = messages;
    this.queries = queries;
    this.assigning = assigning;
    this.permissions = permissions;
    this.teams = teams;
    this.referenceData = referenceData;
    this.moments = moments;
    this.clock = clock;
    this.json = json;
  }

  @GetMapping("/team")
  String board(@RequestParam(required = false) String team, Authentication user, Model model) throws JsonProcessingException {
    List<String> managed = managedTeams(user);
    String shown = team != null ? team : managed.isEmpty() ? null : managed.get(0);
    if (shown != null && !permissions.canManage(user, shown)) {
      throw new AccessDeniedException("You do not manage " + shown);
    }
    List<CaseSummary> open = shown == null ? List.of() : queries.openOf(List.of(shown), SHOWN);
    List<String> members = teams.membersOf(shown);
    Instant now = clock.instant();
    Instant endOfToday = LocalDate.now(clock.withZone(moments.zone())).plusDays(1).atStartOfDay(moments.zone()).toInstant();
    List<String> managers = teams.managersOf(shown);
    List<String> agents = members.stream().filter(member -> !managers.contains(member)).toList();
    TeamWorkload workload = TeamWorkload.of(agents, open, now, endOfToday);
    model.addAttribute("section", "team");
    model.addAttribute("teams", managed);
    model.addAttribute("team", shown);
    model.addAttribute("members", members);
    model.addAttribute("workload", workload);
    model.addAttribute("chart", json.writeValueAsString(Map.of(
        "labels", workload.owners().stream().map(TeamWorkload.Row::owner).toList(),
        "open", workload.owners().stream().map(TeamWorkload.Row::open).toList(),
        "overdue", workload.owners().stream().map(TeamWorkload.Row::overdue).toList(),
        "openLabel", text("cases.team.board.open"),
        "overdueLabel", text("escalation.overdue.call-back"))));
    model.addAttribute("openCases", open);
    model.addAttribute("escalations", open.stream().filter(summary -> summary.highestEscalationLevel() > 0).toList());
    boolean headOfCx = permissions.receivesLevelTwo(user);
    List<CaseSummary> everyTeam = headOfCx ? queries.openOf(teams.all(), SHOWN) : List.of();
    List<CaseSummary> alarmScope = headOfCx ? everyTeam : open;
    model.addAttribute("alarms", AlarmBoard.of(alarmScope, alarmReviews.of(alarmScope.stream().filter(CaseSummary::alarming)
        .map(CaseSummary::id).toList()), headOfCx));
    model.addAttribute("receivesLevelTwo", headOfCx);
    model.addAttribute("levelTwo", everyTeam.stream().filter(summary -> summary.highestEscalationLevel() >= 2).toList());
    model.addAttribute("touchpoints", referenceData.labels(ReferenceKind.TOUCHPOINT, LocaleContextHolder.getLocale()));
    return "cases/team";
  }

  /**
   * Assigns one or many cases to one owner with one reason; each case is checked on its own. An
   * owner who may not own the chosen cases' teams' cases assigns none: 400, the board with the reason.
   */
  @PostMapping("/team/assignments")
  String assign(@RequestParam(name = "caseId", required = false) List<UUID> caseIds, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String team, Authentication user,
      Model model, HttpServletResponse response, RedirectAttributes redirect) throws JsonProcessingException {
    String back = "redirect:/team" + (team == null ? "" : "?team=" + team);
    if (caseIds == null || caseIds.isEmpty()) {
      redirect.addFlashAttribute("error", text("cases.team.choose-cases"));
      return back;
    }
    if (owner == null || owner.isBlank()) {
      redirect.addFlashAttribute("error", text("cases.team.choose-owner"));
      return back;
    }
    List<DetractorCase> chosen = caseIds.stream().map(caseId -> queries.get(new CaseId(caseId)).detractorCase()).toList();
    chosen.forEach(detractorCase -> permissions.ensureCanAssign(user, detractorCase));
    List<String> unfit = chosen.stream().map(DetractorCase::getTeam).distinct()
        .flatMap(caseTeam -> owners.whyCannotOwn(owner, caseTeam).stream()).distinct().toList();
    if (!unfit.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", text("cases.team.not-assigned-owner", String.join("; ", unfit)));
      return board(team, user, model);
    }
    List<String> refused = new ArrayList<>();
    int assigned = 0;
    for (UUID caseId : caseIds) {
      try {
        assigning.assign(new AssignCase(new CaseId(caseId), owner, reason, user.getName()));
        assigned++;
      } catch (ConflictException | InvalidInputException | NotFoundException problem) {
        refused.add(problem.getMessage());
      }
    }
    redirect.addFlashAttribute("notice", text("cases.team.assigned", assigned, owner));
    if (!refused.isEmpty()) {
      redirect.addFlashAttribute("error", text("cases.team.not-assigned", String.join("; ", refused)));
    }
    return back;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  private List<String> managedTeams(Authentication user) {
    return teams.all().stream().filter(team -> permissions.canManage(user, team)).toList();
  }
}
