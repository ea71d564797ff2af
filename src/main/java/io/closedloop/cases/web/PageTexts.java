package io.closedloop.cases.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The case pages' texts in the reader's language. */
@Component
class PageTexts {

  private final MessageSource messages;

  PageTexts(MessageSource messages) {
    this.messages = messages;
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
