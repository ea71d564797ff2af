package io.closedloop.identity;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The Content-Security-Policy of ClosedLoop's own pages: scripts, styles, fonts and requests only
 * from this origin, no inline script or style, no plugins, forms that post only here, and framing
 * only by our own pages. The pages keep to it by holding every script and style in
 * {@code static/} (chart data travels in {@code data-} attributes). The Camunda webapps under
 * {@code /camunda} need inline scripts and {@code eval}, so they keep the policy Camunda sends
 * itself ({@code camunda.bpm.webapp.header-security}).
 */
public final class PagePolicy {

  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'self'",
      "form-action 'self'");

  private PagePolicy() {}

  /** Writes the policy on every response but the Camunda webapps'. */
  static HeaderWriter contentSecurityPolicy() {
    return new DelegatingRequestMatcherHeaderWriter(
        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY));
  }
}
