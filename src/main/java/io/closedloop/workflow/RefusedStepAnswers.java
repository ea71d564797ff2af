package io.closedloop.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.workflow.RefusedSteps.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a case's step refused through the engine's doors ({@code /engine-rest}, the webapps'
 * {@code /camunda/api/engine}) with the refusal's status and message, in the engine's error shape
 * ({@code type}, {@code message}, plus the {@code field}), instead of the engine's generic 500.
 */
@Configuration(proxyBeanMethods = false)
class RefusedStepAnswers {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> refusedStepAnswerFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new AnswerFilter(json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    registration.setName("closedloop-refused-step-answers");
    return registration;
  }

  private static final class AnswerFilter extends OncePerRequestFilter {
    private final ObjectMapper json;

    AnswerFilter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      RefusedSteps.clear();
      try {
        chain.doFilter(request, buffered);
        Optional<Refusal> refusal = RefusedSteps.current();
        if (refusal.isPresent() && buffered.getStatus() >= 500) {
          buffered.resetBuffer();
          refusal.get().writeTo(buffered, json);
        }
      } finally {
        RefusedSteps.clear();
        buffered.copyBodyToResponse();
      }
    }
  }
}
