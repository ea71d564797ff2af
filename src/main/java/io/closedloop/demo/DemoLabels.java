package io.closedloop.demo;

import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import java.util.List;
import org.springframework.stereotype.Component;

/** Readable English and Danish names for the codes the demo sample's answers registered: touchpoints, teams, products, segments, countries. */
@Component
class DemoLabels {

  private record Label(ReferenceKind kind, String code, String english, String danish) {}

  private static final List<Label> LABELS = List.of(
      new Label(ReferenceKind.TOUCHPOINT, "website", "Website", "Hjemmeside"),
      new Label(ReferenceKind.TOUCHPOINT, "customer-service", "Customer service", "Kundeservice"),
      new Label(ReferenceKind.TOUCHPOINT, "store", "Store", "Butik"),
      new Label(ReferenceKind.TOUCHPOINT, "invoice", "Invoice", "Faktura"),
      new Label(ReferenceKind.TOUCHPOINT, "onboarding", "Onboarding", "Opstart"),
      new Label(ReferenceKind.TEAM, "customer-service", "Customer service", "Kundeservice"),
      new Label(ReferenceKind.TEAM, "web", "Web team", "Webteamet"),
      new Label(ReferenceKind.TEAM, "stores", "Stores", "Butikkerne"),
      new Label(ReferenceKind.TEAM, "billing", "Billing", "Fakturering"),
      new Label(ReferenceKind.TEAM, "onboarding", "Onboarding", "Opstart"),
      new Label(ReferenceKind.PRODUCT, "subscription", "Subscription", "Abonnement"),
      new Label(ReferenceKind.PRODUCT, "hardware", "Hardware", "Hardware"),
      new Label(ReferenceKind.PRODUCT, "support-plan", "Support plan", "Supportaftale"),
      new Label(ReferenceKind.PRODUCT, "accessories", "Accessories", "Tilbehør"),
      new Label(ReferenceKind.SEGMENT, "private", "Private customers", "Privatkunder"),
      new Label(ReferenceKind.SEGMENT, "small-business", "Small businesses", "Små virksomheder"),
      new Label(ReferenceKind.SEGMENT, "enterprise", "Enterprise", "Store virksomheder"),
      new Label(ReferenceKind.COUNTRY, "DK", "Denmark", "Danmark"),
      new Label(ReferenceKind.COUNTRY, "SE", "Sweden", "Sverige"),
      new Label(ReferenceKind.COUNTRY, "NO", "Norway", "Norge"),
      new Label(ReferenceKind.COUNTRY, "DE", "Germany", "Tyskland"),
      new Label(ReferenceKind.COUNTRY, "GB", "United Kingdom", "Storbritannien"));

  private final ReferenceData referenceData;

  DemoLabels(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  void create() {
    for (Label label : LABELS) {
      referenceData.rename(label.kind(), label.code(), label.english());
      referenceData.renameDanish(label.kind(), label.code(), label.danish());
    }
  }
}
