package io.closedloop.intake;

import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static io.closedloop.intake.Submissions.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.RegisteringCustomer.RegisterCustomer;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.io.StringReader;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * A response naming a known customer with other details never changes them silently: each
 * difference lands in the customer's history and on the case page, and by default
 * ({@code KEEP_EXISTING}) the known details stay. {@code APPLY} is checked on the same beans built
 * with that rule, so the suite keeps one application context.
 */
@IntegrationTest
class KnownCustomersIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  CustomerRecords customerRecords;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  DataSource dataSource;

  @Autowired
  SubmissionValidator validator;

  @Autowired
  Clock clock;

  @Autowired
  WebApplicationContext context;

  @Test
  @SuppressWarnings("unchecked")
  void a_response_giving_a_known_customer_another_name_and_email_keeps_the_known_ones_and_records_each_difference() throws Exception {
    String first = newExternalId();
    String customer = customerIdOf(first);
    assertThat(post(response(first, 9)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    String second = newExternalId();
    ResponseEntity<Map> answer = post(with(response(second, 2), "customer", Map.of("externalId", customer, "name", "Mallory",
        "email", "mallory@example.com", "servicePreference", "RELATIONAL")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(fieldsOf((List<Map<String, Object>>) answer.getBody().get("warnings"))).containsExactly("customer.name", "customer.email");
    assertThat(details(customer)).isEqualTo("Mette Hansen mette@example.com");
    assertThat(history(customer)).containsExactlyInAnyOrder(
        "name: Mette Hansen -> Mallory false from " + second + " by admin",
        "email: mette@example.com -> mallory@example.com false from " + second + " by admin");
    assertThat(jdbc.sql("select distinct response_id from customer_change h join customer c on c.id = h.customer_id where c.external_id = ?")
        .param(customer).query(UUID.class).list()).containsExactly(UUID.fromString((String) answer.getBody().get("id")));

    String caseId = (String) answer.getBody().get("caseId");
    Map<String, Object> card = (Map<String, Object>) Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("customer");
    assertThat((List<Map<String, Object>>) card.get("detailChanges")).extracting(change -> change.get("field"))
        .containsExactlyInAnyOrder("name", "email");
    String page = new Pages(context).mvc().perform(get("/cases/{id}", caseId).with(new Pages(context).as("mike")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Details given differently", "mallory@example.com", "not applied: the known value was kept",
        "Response " + second + ", posted by admin");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_detail_the_known_customer_lacks_is_filled_in_and_recorded_without_a_warning() {
    String first = newExternalId();
    String customer = customerIdOf(first);
    post(response(first, 9));

    Map<String, Object> withPhone = new HashMap<>(Map.of("externalId", customer, "name", "Mette Hansen", "phone", "+45 11 22 33 44"));
    ResponseEntity<Map> answer = post(with(response(newExternalId(), 8), "customer", withPhone));

    assertThat((List<?>) answer.getBody().get("warnings")).isEmpty();
    assertThat(jdbc.sql("select phone from customer where external_id = ?").param(customer).query(String.class).single())
        .isEqualTo("+45 11 22 33 44");
    assertThat(history(customer)).singleElement().asString().startsWith("phone:  -> +45 11 22 33 44 true");
  }

  @Test
  void the_same_details_again_record_nothing() {
    String first = newExternalId();
    String customer = customerIdOf(first);
    post(response(first, 9));

    post(with(response(newExternalId(), 4), "customer", Map.of("externalId", customer, "name", "Mette Hansen")));

    assertThat(history(customer)).isEmpty();
  }

  @Test
  void under_apply_a_response_changes_the_known_customer_and_the_change_is_recorded() {
    String first = newExternalId();
    String customer = customerIdOf(first);
    post(response(first, 9));
    RegisteringCustomer applying = new RegisteringCustomer(customerRecords, new IntakeSettings(CustomerUpdates.APPLY));
    UUID responseId = UUID.randomUUID();

    transaction.executeWithoutResult(status -> applying.register(new RegisterCustomer(
        new CustomerDetails(customer, "Mette Jensen", null, null, null, null, null),
        new ResponseSource(responseId, "crm-sync-1", "mike"), clock.instant())));

    assertThat(details(customer)).isEqualTo("Mette Jensen mette@example.com");
    assertThat(history(customer)).containsExactly("name: Mette Hansen -> Mette Jensen true from crm-sync-1 by mike");
  }

  @Test
  void under_apply_a_backfill_changes_known_customers_and_records_each_change() throws Exception {
    String first = newExternalId();
    String customer = customerIdOf(first);
    post(response(first, 9));
    BackfillImport applying = new BackfillImport(dataSource, jdbc, transaction, validator, clock,
        new IntakeSettings(CustomerUpdates.APPLY), 5000, IntakeLimits.defaults());
    String later = newExternalId();
    String csv = "externalId,score,customer.externalId,customer.email\n" + later + ",7," + customer + ",mette@jensen.example\n";

    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(applying.store(parser, "mike").created()).isEqualTo(1);
    }

    assertThat(details(customer)).isEqualTo("Mette Hansen mette@jensen.example");
    assertThat(history(customer)).containsExactly("email: mette@example.com -> mette@jensen.example true from " + later + " by mike");
  }

  private ResponseEntity<Map> post(Map<String, Object> body) {
    return Api.as("admin", port).postForEntity("/api/responses", body, Map.class);
  }

  private String details(String customer) {
    return jdbc.sql("select name || ' ' || email from customer where external_id = ?").param(customer).query(String.class).single();
  }

  private List<String> history(String customer) {
    return jdbc.sql("""
            select h.field || ': ' || coalesce(h.before_value, '') || ' -> ' || h.after_value || ' ' || h.applied
                   || ' from ' || h.response_external_id || ' by ' || h.posted_by
            from customer_change h join customer c on c.id = h.customer_id where c.external_id = ? order by h.changed_at, h.field
            """).param(customer).query(String.class).list();
  }

  private static List<String> fieldsOf(List<Map<String, Object>> warnings) {
    return warnings.stream().map(warning -> (String) warning.get("field")).toList();
  }
}
