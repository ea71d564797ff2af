package io.closedloop.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the acting user's id ({@code userId}) and the case a request is about ({@code caseId}, from
 * {@code /cases/{id}} and {@code /api/cases/{id}}) into every log line written while serving it.
 * Ids only: a log line never carries a customer's name, address or answer. The engine adds the
 * case id to lines written by its jobs (the process's business key, {@code
 * loggingContextBusinessKey}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class RequestLogContext extends OncePerRequestFilter {

  static final String USER = "userId";
  static final String CASE = "caseId";

  private static final Pattern CASE_PATH = Pattern.compile("^/(?:api/)?cases/([0-9a-fA-F-]{36})(?:/.*)?$");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user != null && user.isAuthenticated() && user.getName() != null && !"anonymousUser".equals(user.getName())) {
      MDC.put(USER, user.getName());
    }
    Matcher path = CASE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (path.matches()) {
      MDC.put(CASE, path.group(1));
    }
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(USER);
      MDC.remove(CASE);
    }
  }
}
