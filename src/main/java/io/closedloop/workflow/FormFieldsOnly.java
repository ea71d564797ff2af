package io.closedloop.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.forms.FormComponent;
import io.closedloop.forms.FormParser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A task completed through the engine's doors ({@code /engine-rest}, the webapps' API) may carry
 * only the fields of its Camunda Form, the way Tasklist submits it: a submission that also sets,
 * say, the case's {@code owner}, {@code team} or {@code maxFailedAttempts} is refused with a 400
 * naming the variable, and nothing changes. Tasks without a Camunda Form are left to the engine's
 * authorizations.
 */
@Configuration(proxyBeanMethods = false)
class FormFieldsOnly {

  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)/?$");
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> formFieldsOnlyFilter(FormService forms, ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new FieldsFilter(forms, json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
    registration.setName("closedloop-form-fields-only");
    return registration;
  }

  private static final class FieldsFilter extends OncePerRequestFilter {
    private final FormService forms;
    private final ObjectMapper json;

    FieldsFilter(FormService forms, ObjectMapper json) {
      this.forms = forms;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(PATHS.getPathWithinApplication(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher completion = COMPLETION.matcher(PATHS.getPathWithinApplication(request));
      completion.matches();
      byte[] body = request.getInputStream().readAllBytes();
      Optional<Set<String>> fields = formFieldsOf(completion.group(1));
      Optional<List<String>> submitted = submittedVariables(body);
      if (fields.isPresent() && submitted.isEmpty()) {
        refuse(response, "variables", "the body must be JSON with the form's fields under variables");
        return;
      }
      List<String> extra = fields.map(allowed -> submitted.get().stream().filter(name -> !allowed.contains(name)).toList())
          .orElse(List.of());
      if (!extra.isEmpty()) {
        refuse(response, extra.get(0), "this step takes only the fields of its form: " + fields.get().stream().sorted().toList());
        return;
      }
      chain.doFilter(new ReadAgain(request, body), response);
    }

    private Optional<Set<String>> formFieldsOf(String taskId) {
      try (InputStream form = forms.getDeployedTaskForm(taskId)) {
        return Optional.of(FormParser.parse(form).components().stream().filter(FormComponent::isField).map(FormComponent::key)
            .collect(Collectors.toSet()));
      } catch (RuntimeException | IOException noCamundaForm) {
        return Optional.empty();
      }
    }

    private Optional<List<String>> submittedVariables(byte[] body) {
      List<String> names = new ArrayList<>();
      if (body.length == 0) {
        return Optional.of(names);
      }
      try {
        JsonNode variables = json.readTree(body).path("variables");
        for (Iterator<String> name = variables.fieldNames(); name.hasNext(); ) {
          names.add(name.next());
        }
      } catch (IOException notJson) {
        return Optional.empty();
      }
      return Optional.of(names);
    }

    private void refuse(HttpServletResponse response, String variable, String why) throws IOException {
      new RefusedSteps.Refusal(HttpServletResponse.SC_BAD_REQUEST, variable, variable + ": " + why).writeTo(response, json);
    }
  }

  /** The request with its body, already read, readable once more. */
  private static final class ReadAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reading only");
        }
      };
    }
  }
}
