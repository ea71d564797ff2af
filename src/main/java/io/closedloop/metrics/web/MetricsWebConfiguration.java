package io.closedloop.metrics.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the CSV writer after the JSON one, so JSON stays the default and CSV answers {@code Accept: text/csv}. */
@Configuration(proxyBeanMethods = false)
class MetricsWebConfiguration implements WebMvcConfigurer {

  private final ObjectMapper json;

  MetricsWebConfiguration(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(new CsvMessageConverter(json));
  }
}
