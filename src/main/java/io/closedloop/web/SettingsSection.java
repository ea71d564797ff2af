package io.closedloop.web;

/**
 * One page of the settings as the settings navigation lists it. A module that keeps settings of
 * its own adds its page by declaring one of these as a bean; its label is a message key.
 *
 * @param id the page's name in the audit and in its address, e.g. {@code teams}
 * @param path the page's address, e.g. {@code /settings/teams}
 * @param labelKey the message key of its name in the navigation
 * @param order where it stands in the navigation, lower first
 */
public record SettingsSection(String id, String path, String labelKey, int order) {

  /** A section at {@code /settings/<id>} named by {@code settings.section.<id>}. */
  public static SettingsSection of(String id, int order) {
    return new SettingsSection(id, "/settings/" + id, "settings.section." + id, order);
  }
}
