package io.closedloop.settings;

import io.closedloop.web.SettingsSection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every settings page, in the order the settings navigation shows them ({@code ${@settingsSections.all()}}). */
@Component("settingsSections")
public class SettingsSections {

  private final List<SettingsSection> sections;

  SettingsSections(List<SettingsSection> sections) {
    this.sections = sections.stream().sorted(Comparator.comparingInt(SettingsSection::order).thenComparing(SettingsSection::id)).toList();
  }

  public List<SettingsSection> all() {
    return sections;
  }

  public SettingsSection first() {
    return sections.get(0);
  }

  /** The message key of a page's name, for its heading. */
  public String labelKeyOf(String id) {
    return byId(id).map(SettingsSection::labelKey).orElse("settings.title");
  }

  public Optional<SettingsSection> byId(String id) {
    return sections.stream().filter(section -> section.id().equals(id)).findFirst();
  }
}
