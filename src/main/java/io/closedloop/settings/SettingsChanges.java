package io.closedloop.settings;

import io.closedloop.reference.RootCauses;
import io.closedloop.calendar.TeamCalendars;
import io.closedloop.calendar.TeamWorkingTime;
import io.closedloop.calendar.WorkingDays;
import io.closedloop.calendar.WorkingTime;
import io.closedloop.identity.Directory;
import io.closedloop.identity.LoginThrottle;
import io.closedloop.identity.Role;
import io.closedloop.identity.ThrottledLogin;
import io.closedloop.identity.TeamGroups;
import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change an admin makes on the settings page, each recorded in the audit with its before and after. */
@Service
public class SettingsChanges {

  private final ReferenceData referenceData;
  private final RootCauses rootCauses;
  private final AlarmWords alarmWords;
  private final KpiTargets kpiTargets;
  private final TeamCalendars calendars;
  private final Directory directory;
  private final LoginThrottle loginThrottle;
  private final SettingsAudit audit;

  SettingsChanges(ReferenceData referenceData, RootCauses rootCauses, AlarmWords alarmWords, KpiTargets kpiTargets,
      TeamCalendars calendars, Directory directory, LoginThrottle loginThrottle, SettingsAudit audit) {
    this.referenceData = referenceData;
    this.rootCauses = rootCauses;
    this.alarmWords = alarmWords;
    this.kpiTargets = kpiTargets;
    this.calendars = calendars;
    this.directory = directory;
    this.loginThrottle = loginThrottle;
    this.audit = audit;
  }

  @Transactional
  public void renameReferenceCode(ReferenceKind kind, String code, CodeLabels labels, String actor) {
    String english = label(labels.english());
    String danish = danishLabel(labels.danish());
    String before = referenceData.labelOf(kind, code).orElseThrow(() -> new NotFoundException("No " + kind + " " + code));
    String subject = kind.name().toLowerCase() + " " + code;
    referenceData.rename(kind, code, english);
    audit.record(SettingsPages.REFERENCE_DATA, actor, subject + " label", before, english);
    if (labels.danish() != null) {
      String danishBefore = referenceData.danishLabelOf(kind, code).orElse(null);
      referenceData.renameDanish(kind, code, danish);
      audit.record(SettingsPages.REFERENCE_DATA, actor, subject + " Danish label", danishBefore, danish);
    }
  }

  @Transactional
  public void renameRootCause(String code, CodeLabels labels, String actor) {
    String english = label(labels.english());
    String danish = danishLabel(labels.danish());
    String before = rootCauses.labelOf(code);
    if (!rootCauses.rename(code, english)) {
      throw new NotFoundException("No root cause " + code);
    }
    audit.record(SettingsPages.ROOT_CAUSES, actor, "root cause " + code + " label", before, english);
    if (labels.danish() != null) {
      String danishBefore = rootCauses.danishLabels().get(code);
      rootCauses.renameDanish(code, danish);
      audit.record(SettingsPages.ROOT_CAUSES, actor, "root cause " + code + " Danish label", danishBefore, danish);
    }
  }

  @Transactional
  public String addRootCause(String parent, String slug, CodeLabels labels, String actor) {
    String english = label(labels.english());
    String danish = danishLabel(labels.danish());
    String code = rootCauses.addLeaf(parent, slug == null ? null : slug.strip(), english);
    audit.record(SettingsPages.ROOT_CAUSES, actor, "root cause " + code, null, english);
    if (danish != null) {
      rootCauses.renameDanish(code, danish);
      audit.record(SettingsPages.ROOT_CAUSES, actor, "root cause " + code + " Danish label", null, danish);
    }
    return code;
  }

  @Transactional
  public void saveAlarmWords(String text, String actor) {
    List<String> words = AlarmWords.parse(text == null ? "" : text);
    if (words.isEmpty()) {
      throw new InvalidInputException("words", "need at least one word");
    }
    alarmWords.save(words, actor);
  }

  @Transactional
  public void saveKpiTargets(KpiTargets.Targets targets, String actor) {
    kpiTargets.save(targets, actor);
  }

  @Transactional
  public void saveWorkingTime(String team, WorkingTime workingTime, String actor) {
    String before = calendars.savedWorkingTime(team).map(TeamWorkingTime::workingTime).map(SettingsChanges::describe).orElse(null);
    calendars.save(team, workingTime, actor);
    audit.record(SettingsPages.CALENDARS, actor, "calendar of " + team, before, describe(workingTime));
  }

  @Transactional
  public void addClosingDay(LocalDate day, String team, String reason, String actor) {
    calendars.addClosingDay(day, team, reason == null || reason.isBlank() ? null : reason.strip());
    audit.record(SettingsPages.CALENDARS, actor, "closing day " + day + (team == null ? " (company)" : " of " + team), null, reason == null ? "closed" : reason);
  }

  @Transactional
  public void removeClosingDay(LocalDate day, String team, String actor) {
    if (calendars.removeClosingDay(day, team)) {
      audit.record(SettingsPages.CALENDARS, actor, "closing day " + day + (team == null ? " (company)" : " of " + team), "closed", null);
    }
  }

  /** Creates a team (a group in the directory, see {@link TeamGroups}); its id is the code responses and routing use. */
  @Transactional
  public void createTeam(String id, String name, String actor) {
    if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 64) {
      throw new InvalidInputException("id", "must be lower-case words joined by hyphens, e.g. returns-desk");
    }
    if (!TeamGroups.isTeam(id)) {
      throw new InvalidInputException("id", "is the group of a role, not of a team");
    }
    ensureDirectoryWritable();
    String cleaned = text("name", name);
    directory.ensureGroup(id, cleaned, Directory.TEAM);
    audit.record(SettingsPages.TEAMS, actor, "team " + id, null, cleaned);
  }

  @Transactional
  public void addTeamMember(String team, String user, boolean manager, String actor) {
    ensureDirectoryWritable();
    if (!directory.addMember(user, team)) {
      throw new InvalidInputException("user", "is not a known user");
    }
    if (manager) {
      directory.addMember(user, Role.MANAGER.groupId());
    }
    audit.record(SettingsPages.TEAMS, actor, "member of " + team, null, user + (manager ? " (manager)" : ""));
  }

  @Transactional
  public void removeTeamMember(String team, String user, String actor) {
    ensureDirectoryWritable();
    directory.removeMember(user, team);
    audit.record(SettingsPages.TEAMS, actor, "member of " + team, user, null);
  }

  /** Lets a user (blank: every user) try logging in from an address again at once, forgetting the failures from there. */
  @Transactional
  public void liftLoginThrottle(String user, String address, String actor) {
    String who = user == null || user.isBlank() ? null : user;
    ThrottledLogin lifted = loginThrottle.lift(who, address)
        .orElseThrow(() -> new NotFoundException("No failed logins remembered " + (who == null ? "" : "of " + who + " ") + "from " + address));
    audit.record(SettingsPages.LOGINS, actor, "login throttle of " + (who == null ? "every user" : who) + " from " + address,
        lifted.failures() + " failures" + (lifted.blockedUntil() == null ? "" : ", blocked until " + lifted.blockedUntil()), null);
  }

  private void ensureDirectoryWritable() {
    if (!directory.isWritable()) {
      throw new ConflictException("teams and their members are kept in the company directory (Keycloak), not here");
    }
  }

  private static String label(String label) {
    return text("label", label);
  }

  private static String danishLabel(String label) {
    return label == null || label.isBlank() ? null : text("labelDa", label);
  }

  private static String text(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    if (text.strip().length() > 200) {
      throw new InvalidInputException(field, "must be at most 200 characters");
    }
    return text.strip();
  }

  private static String describe(WorkingTime time) {
    return WorkingDays.format(time.workingDays()) + " " + time.opensAt() + "-" + time.closesAt() + " " + time.zone().getId() + " " + time.country();
  }
}
