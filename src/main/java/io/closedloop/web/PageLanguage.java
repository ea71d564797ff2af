package io.closedloop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The language a page must be in whoever reads it, such as the re-survey page, which speaks the
 * language its mail was written in: set for the request before the page is rendered, it comes before
 * the reader's choice and their browser's.
 */
public final class PageLanguage {

  static final String ATTRIBUTE = PageLanguage.class.getName();

  private PageLanguage() {}

  /** Renders this request's page in {@code tag} ({@code da} or {@code en}); another tag changes nothing. */
  public static void use(HttpServletRequest request, String tag) {
    UiLanguage.of(tag).ifPresent(language -> request.setAttribute(ATTRIBUTE, language));
  }

  static Optional<UiLanguage> of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof UiLanguage language ? Optional.of(language) : Optional.empty();
  }
}
