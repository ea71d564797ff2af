package io.closedloop.cases.web;

import io.closedloop.cases.CustomerCard;
import io.closedloop.cases.DetractorCase;
import io.closedloop.intake.ServicePreference;
import io.closedloop.web.Labels;
import io.closedloop.web.Moments;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the case's task forms may show of the case: the answer, the touchpoint, how the customer likes to be served, the deadline. */
@Component
class CaseFormContext {

  private final Labels labels;
  private final Moments moments;
  private final PageTexts texts;

  CaseFormContext(Labels labels, Moments moments, PageTexts texts) {
    this.labels = labels;
    this.moments = moments;
    this.texts = texts;
  }

  Map<String, Object> of(DetractorCase detractorCase, CustomerCard card) {
    Map<String, Object> context = new HashMap<>();
    context.put("score", card.response().score());
    context.put("touchpoint", labels.code("TOUCHPOINT", detractorCase.getTouchpoint()));
    context.put("comment", card.response().comment() == null ? "" : card.response().comment());
    ServicePreference preference = preference(card.servicePreference());
    context.put("servicePreference", preference == null ? texts.text("common.not-known") : labels.of(preference));
    context.put("serviceHint", preference == null ? "" : texts.text("cases.hint." + preference.name()));
    context.put("callbackDue", moments.time(detractorCase.getCallbackDue()));
    return context;
  }

  /** The customer's service preference, or null when it is not known (or not one we know). */
  static ServicePreference preference(String servicePreference) {
    if (servicePreference == null) {
      return null;
    }
    try {
      return ServicePreference.valueOf(servicePreference);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
