package io.closedloop.cases.web;

import io.closedloop.cases.CaseFilter;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseStatus;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.Overdue;
import io.closedloop.cases.Worklist;
import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.tasks.web.TaskSections;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's inbox: my cases and my teams' unclaimed queue, due first, with filters and claiming; a
 * search also finds the cases of my teams that colleagues work on and the closed ones.
 */
@Controller
@WebPage
class InboxPage {

  /** A worklist shows the cases due first; the filters and the search narrow it down. */
  private static final int SHOWN = 25;

  /** Beyond this many cases a list's count says "1,000+": counting a long queue to its end cost every page view. */
  private static final int COUNTED_UP_TO = 1000;

  private static final Worklist NONE = new Worklist(List.of(), 0, false);

  private final CaseQueries queries;
  private final ClaimingCase claiming;
  private final CasePermissions permissions;
  private final ReferenceData referenceData;
  private final MessageSource messages;
  private final TaskSections taskSections;

  InboxPage(CaseQueries queries, ClaimingCase claiming, CasePermissions permissions, ReferenceData referenceData, MessageSource messages,
      TaskSections taskSections) {
    this.messages = messages;
    this.taskSections = taskSections;
    this.queries = queries;
    this.claiming = claiming;
    this.permissions = permissions;
    this.referenceData = referenceData;
  }

  @GetMapping("/inbox")
  String inbox(@ModelAttribute("filters") InboxFilters filters, Authentication user, Model model,
      @RequestHeader(name = "HX-Request", required = false) String htmx) {
    fill(model, filters, user);
    return htmx != null ? "cases/inbox :: worklists" : "cases/inbox";
  }

  @PostMapping("/inbox/cases/{id}/claim")
  String claim(@PathVariable UUID id, @ModelAttribute("filters") InboxFilters filters, Authentication user, Model model,
      @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response, RedirectAttributes redirect) {
    try {
      claiming.claim(new CaseId(id), user.getName());
    } catch (ConflictException refused) {
      if (htmx == null) {
        redirect.addFlashAttribute("error", notClaimed(refused));
        return "redirect:/inbox";
      }
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("error", notClaimed(refused));
      fill(model, filters, user);
      return "cases/inbox :: worklists";
    }
    if (htmx == null) {
      return "redirect:/cases/" + id;
    }
    model.addAttribute("claimed", id);
    fill(model, filters, user);
    return "cases/inbox :: worklists";
  }

  private String notClaimed(ConflictException refused) {
    return messages.getMessage("cases.inbox.not-claimed", new Object[] {refused.getMessage()}, LocaleContextHolder.getLocale());
  }

  private void fill(Model model, InboxFilters filters, Authentication user) {
    PageRequest page = PageRequest.of(0, SHOWN, Sort.by("callbackDue"));
    CaseStatus mineStatus = filters.status() == null ? CaseStatus.IN_PROGRESS : filters.status();
    Worklist mine = queries.worklist(new CaseFilter(mineStatus, user.getName(), null, filters.overdueFilter(), null,
        filters.alarmingOnly(), filters.touchpointCode(), filters.q(), null), page, COUNTED_UP_TO);
    boolean queueShown = filters.status() == null || filters.status() == CaseStatus.OPEN;
    Worklist queue = queueShown
        ? queries.worklist(permissions.visibleTo(user, new CaseFilter(CaseStatus.OPEN, null, null, filters.overdueFilter(), null,
            filters.alarmingOnly(), filters.touchpointCode(), filters.q(), null)), page, COUNTED_UP_TO)
        : NONE;
    Worklist found = filters.searchesTeams()
        ? queries.foundBeyondWorklists(permissions.visibleTo(user, new CaseFilter(filters.status(), null, null, filters.overdueFilter(),
            null, filters.alarmingOnly(), filters.touchpointCode(), filters.q(), null)), user.getName(), mineStatus,
            PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, "createdAt")), COUNTED_UP_TO)
        : NONE;
    model.addAttribute("section", "inbox");
    model.addAttribute("mine", mine);
    model.addAttribute("queue", queue);
    model.addAttribute("queueShown", queueShown);
    model.addAttribute("myTasks", taskSections.workableBy(user));
    model.addAttribute("searched", filters.searchesTeams());
    model.addAttribute("found", found);
    model.addAttribute("touchpoints", referenceData.labels(ReferenceKind.TOUCHPOINT, LocaleContextHolder.getLocale()));
    model.addAttribute("statuses", CaseStatus.values());
  }

  /** The inbox's filters as the filter form sends them; blank means "any". */
  record InboxFilters(CaseStatus status, String touchpoint, String overdue, Boolean alarming, String q) {

    /** Which missed deadline to show ({@code true}, {@code CALL_BACK} or {@code RESOLUTION}); anything else shows all. */
    Overdue overdueFilter() {
      try {
        Overdue chosen = Overdue.parse(overdue);
        return chosen == Overdue.NEITHER ? null : chosen;
      } catch (InvalidInputException unknown) {
        return null;
      }
    }

    Boolean alarmingOnly() {
      return Boolean.TRUE.equals(alarming) ? Boolean.TRUE : null;
    }

    /** A search or a chosen status looks through all the cases of my teams, not only my worklists. */
    boolean searchesTeams() {
      return (q != null && !q.isBlank()) || status != null;
    }

    String touchpointCode() {
      return touchpoint == null || touchpoint.isBlank() ? null : touchpoint;
    }
  }
}
