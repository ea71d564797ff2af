package io.closedloop.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The pages' texts: one English file and one Danish file per area under {@code i18n/}
 * ({@code cases.properties}, {@code cases_da.properties}, ...), all loaded, so each feature
 * keeps its own words.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(areas());
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  static String[] areas() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
      return Arrays.stream(files)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .filter(name -> !TRANSLATION.matcher(name).matches())
          .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
          .distinct()
          .sorted()
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
