package io.closedloop.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The template engine builds links with {@link FileLinksOnly}. */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

  @Bean
  static BeanPostProcessor fileLinksOnly() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
          engine.setLinkBuilder(new FileLinksOnly());
        }
        return bean;
      }
    };
  }
}
