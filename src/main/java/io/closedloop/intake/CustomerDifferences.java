package io.closedloop.intake;

import io.closedloop.intake.NewResponse.CustomerDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a response says differently about a known customer, and the details the customer keeps
 * under a {@link CustomerUpdates} rule. An absent detail in the response changes nothing.
 */
final class CustomerDifferences {

  private static final List<Detail> DETAILS = List.of(
      new Detail("name", CustomerDetails::name),
      new Detail("email", CustomerDetails::email),
      new Detail("phone", CustomerDetails::phone),
      new Detail("segment", CustomerDetails::segment),
      new Detail("servicePreference", details -> details.servicePreference() == null ? null : details.servicePreference().name()),
      new Detail("accountOwner", CustomerDetails::accountOwner));

  private CustomerDifferences() {}

  static List<CustomerChange> between(CustomerDetails known, CustomerDetails incoming, CustomerUpdates rule) {
    List<CustomerChange> changes = new ArrayList<>();
    for (Detail detail : DETAILS) {
      String before = detail.of(known);
      String after = detail.of(incoming);
      if (after != null && !after.equals(before)) {
        changes.add(new CustomerChange(detail.name(), before, after, Objects.equals(rule.kept(before, after), after)));
      }
    }
    return changes;
  }

  static CustomerDetails kept(CustomerDetails known, CustomerDetails incoming, CustomerUpdates rule) {
    return new CustomerDetails(known.externalId(),
        rule.kept(known.name(), incoming.name()),
        rule.kept(known.email(), incoming.email()),
        rule.kept(known.phone(), incoming.phone()),
        rule.kept(known.segment(), incoming.segment()),
        rule.kept(known.servicePreference(), incoming.servicePreference()),
        rule.kept(known.accountOwner(), incoming.accountOwner()));
  }

  private record Detail(String name, Function<CustomerDetails, String> value) {
    String of(CustomerDetails details) {
      return value.apply(details);
    }
  }
}
