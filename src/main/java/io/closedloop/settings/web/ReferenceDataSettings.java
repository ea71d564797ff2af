package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.settings.CodeLabels;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The codes responses arrive with and their English and Danish labels, one kind at a time
 * (touchpoints, teams, employees, products, countries, segments), found by code or label.
 */
@SettingsPage
class ReferenceDataSettings {

  static final String PAGE = "/settings/reference-data";
  private static final int SHOWN = 100;

  private final ReferenceData referenceData;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  ReferenceDataSettings(ReferenceData referenceData, SettingsChanges changes, SettingsForms forms) {
    this.referenceData = referenceData;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(@RequestParam(defaultValue = "TOUCHPOINT") ReferenceKind kind, @RequestParam(required = false) String q, Model model) {
    Map<ReferenceKind, List<ReferenceData.Code>> byKind = referenceData.all().stream()
        .collect(Collectors.groupingBy(ReferenceData.Code::kind, () -> new EnumMap<>(ReferenceKind.class), Collectors.toList()));
    String search = Inputs.orNull(q);
    List<ReferenceData.Code> found = byKind.getOrDefault(kind, List.of()).stream().filter(code -> matches(code, search)).toList();
    model.addAttribute("kinds", ReferenceKind.values());
    model.addAttribute("counts", byKind.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size())));
    model.addAttribute("kind", kind);
    model.addAttribute("q", search);
    model.addAttribute("codes", found.stream().limit(SHOWN).toList());
    model.addAttribute("found", found.size());
    model.addAttribute("shown", SHOWN);
    return "settings/reference-data";
  }

  @PostMapping("/settings/reference-codes")
  String rename(@RequestParam ReferenceKind kind, @RequestParam String code, @RequestParam(required = false) String label,
      @RequestParam(required = false) String labelDa, @RequestParam(required = false) String q, Principal user, HttpServletRequest request,
      RedirectAttributes redirect) {
    String page = UriComponentsBuilder.fromPath(PAGE).queryParam("kind", kind).queryParamIfPresent("q", Optional.ofNullable(
        Inputs.orNull(q))).encode().build().toUriString();
    SettingsForm form = SettingsForm.of(page, formId(kind, code), "settings.reference-data.saved", code).refusedAs("settings.reference-data.gone");
    return forms.submit(form, request, redirect, () -> changes.renameReferenceCode(kind, code, new CodeLabels(label, labelDa), user.getName()));
  }

  /** The id of a code's form in the page. */
  static String formId(ReferenceKind kind, String code) {
    return "code-" + kind + "-" + code;
  }

  private static boolean matches(ReferenceData.Code code, String search) {
    if (search == null) {
      return true;
    }
    String wanted = search.toLowerCase(Locale.ROOT);
    return contains(code.code(), wanted) || contains(code.label(), wanted) || contains(code.labelDa(), wanted);
  }

  private static boolean contains(String text, String wanted) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
  }
}
