package io.closedloop.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses an API request whose query parameters or path segments hold {@link InvalidCharacters},
 * naming the parameter, before the value can reach a query. JSON bodies are checked by
 * {@link CleanTextModule}.
 */
@Configuration(proxyBeanMethods = false)
class CleanParameters implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Check()).addPathPatterns("/api/**");
  }

  /** Looks at every parameter before the controller runs. */
  static final class Check implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        refuseIfInvalid(parameter.getKey(), parameter.getKey());
        for (String value : parameter.getValue()) {
          refuseIfInvalid(parameter.getKey(), value);
        }
      }
      if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
        variables.forEach((name, value) -> refuseIfInvalid(String.valueOf(name), String.valueOf(value)));
      }
      return true;
    }

    private static void refuseIfInvalid(String name, String value) {
      if (InvalidCharacters.in(value)) {
        throw new InvalidInputException(InvalidCharacters.in(name) ? "parameter" : name, InvalidCharacters.MESSAGE);
      }
    }
  }
}
