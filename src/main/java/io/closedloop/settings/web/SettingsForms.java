package io.closedloop.settings.web;

import io.closedloop.calendar.InvalidWorkingTime;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Makes the change a settings form asks for and goes back to its page, with the {@link FormOutcome}
 * beside the form: the saved message, or the field at fault, why (message {@code settings.error.<field>}),
 * and what was entered. Going back by a redirect keeps a reload from sending the form again.
 */
@Component
public class SettingsForms {

  private final MessageSource messages;

  SettingsForms(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * Runs {@code change}; answers the redirect to the form, or to its page when a field is at fault,
   * whose input then takes the focus (a browser does not focus an input when the address names a place in the page).
   */
  public String submit(SettingsForm form, HttpServletRequest request, RedirectAttributes redirect, Runnable change) {
    FormOutcome outcome;
    try {
      change.run();
      outcome = FormOutcome.saved(form.id(), message(form.savedKey(), form.savedArgs()));
    } catch (InvalidInputException problem) {
      outcome = rejected(form, problem.errors().get(0).field(), problem.getMessage(), request);
    } catch (InvalidWorkingTime problem) {
      outcome = rejected(form, problem.field(), problem.getMessage(), request);
    } catch (ConflictException | NotFoundException problem) {
      String message = form.refusedKey() == null
          ? message("settings.not-saved", problem.getMessage())
          : message(form.refusedKey(), form.savedArgs());
      outcome = FormOutcome.rejected(form.id(), null, message, entered(request));
    }
    redirect.addFlashAttribute("outcome", outcome);
    return "redirect:" + form.page() + (outcome.field() != null ? "" : "#" + UriUtils.encodeFragment(form.id(), StandardCharsets.UTF_8));
  }

  private FormOutcome rejected(SettingsForm form, String field, String fallback, HttpServletRequest request) {
    String why = messages.getMessage("settings.error." + field, null, null, LocaleContextHolder.getLocale());
    return FormOutcome.rejected(form.id(), field, why != null ? why : message("settings.not-saved", fallback), entered(request));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private static Map<String, List<String>> entered(HttpServletRequest request) {
    Map<String, List<String>> entered = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      if (!name.startsWith("_")) {
        entered.put(name, Arrays.asList(values));
      }
    });
    return entered;
  }

  /**
   * A form of a settings page.
   *
   * @param page the address of its page, e.g. {@code /settings/targets}
   * @param id the id of the form in the page
   * @param savedKey the message key of what a saved change says
   * @param savedArgs its arguments, also those of {@code refusedKey}
   * @param refusedKey the message key of why the change was refused when it conflicts or names what is not there; {@code null} gives the reason as it is
   */
  public record SettingsForm(String page, String id, String savedKey, Object[] savedArgs, String refusedKey) {

    public static SettingsForm of(String page, String id, String savedKey, Object... savedArgs) {
      return new SettingsForm(page, id, savedKey, savedArgs, null);
    }

    public SettingsForm refusedAs(String key) {
      return new SettingsForm(page, id, savedKey, savedArgs, key);
    }
  }
}
