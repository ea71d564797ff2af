package io.closedloop.customermail;

import static io.closedloop.support.ProblemJson.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Resolving with "send by email" mails the close-the-loop message to the customer over real SMTP:
 * in their language, under the subject of their service preference's template, with their own
 * unsubscribe link, which opts them out; a customer who opted out or has no address is refused by name.
 */
@IntegrationTest
class ClosingTheLoopByMailIT {

  private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^\\s]+/u/([A-Za-z0-9_.-]+)");

  @LocalServerPort
  int port;

  @Autowired
  GreenMail smtp;

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void an_english_customer_gets_the_message_under_their_preferences_subject_with_the_timeline_following_it() throws Exception {
    Customer customer = newCase("en", "FACTUAL", "Fiona Fact");

    ResponseEntity<Map> resolved = resolve(customer, "EMAIL", "We found the billing error and refunded you.");

    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resolved.getBody()).containsEntry("closeTheLoopChannel", "EMAIL");
    MimeMessage mail = awaitMailTo(customer.email());
    assertThat(mail.getSubject()).isEqualTo("Your feedback: what happened and why");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("We found the billing error and refunded you.").contains("Unsubscribe:").contains("/u/");
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/u/");
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(mail.getMessageID()).endsWith("@closedloop.local>");
    await().atMost(Duration.ofSeconds(20)).until(() -> timelineTypes(customer).contains("MAIL_SENT"));
    assertThat(timelineTypes(customer)).containsSubsequence("RESOLVED", "MAIL_QUEUED", "MAIL_SENT");
  }

  @Test
  void a_danish_customer_gets_the_danish_template_with_their_name_filled_in_and_a_danish_footer() throws Exception {
    Customer customer = newCase("da", "RELATIONAL", "Rasmus Relation");

    resolve(customer, "EMAIL", "Tak for snakken i dag. Vi har rettet fejlen.");

    MimeMessage mail = awaitMailTo(customer.email());
    assertThat(mail.getSubject()).isEqualTo("Tak for snakken, Rasmus Relation");
    assertThat(GreenMailUtil.getBody(mail)).contains("Vi har rettet fejlen.").contains("Afmeld her:");
  }

  @Test
  void the_unsubscribe_link_of_a_mail_opts_the_customer_out_so_the_next_resolution_cannot_be_mailed() throws Exception {
    Customer customer = newCase("en", null, "Una Subscribe");
    resolve(customer, "EMAIL", "Fixed.");
    Matcher link = UNSUBSCRIBE.matcher(GreenMailUtil.getBody(awaitMailTo(customer.email())).replace("=\r\n", ""));
    assertThat(link.find()).isTrue();
    TestRestTemplate anonymous = Api.anonymous(port);

    ResponseEntity<String> confirm = anonymous.getForEntity("/u/" + link.group(1), String.class);
    ResponseEntity<String> unsubscribed = anonymous.postForEntity("/u/" + link.group(1), null, String.class);

    assertThat(confirm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unsubscribed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unsubscribed.getBody()).contains("no more mail");
    Customer again = newCase("en", null, "Una Subscribe", customer.externalId(), customer.email());
    ResponseEntity<Map> refused = resolve(again, "EMAIL", "Fixed again.");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(messagesOf(refused.getBody(), "closeTheLoopChannel")).anySatisfy(message -> assertThat(message).contains("opted out"));
  }

  @Test
  void a_changed_or_foreign_unsubscribe_token_is_refused_and_changes_nothing() {
    TestRestTemplate anonymous = Api.anonymous(port);

    assertThat(anonymous.getForEntity("/u/bm90LWEtdG9rZW4.AAAA", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous.postForEntity("/u/garbage", null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void a_customer_without_an_email_address_cannot_be_mailed_and_the_error_names_the_channel() {
    Customer customer = newCase("en", null, "Nomail Nielsen", "no-mail-" + UUID.randomUUID(), null);

    ResponseEntity<Map> refused = resolve(customer, "EMAIL", "Fixed.");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(messagesOf(refused.getBody(), "closeTheLoopChannel")).anySatisfy(message -> assertThat(message).contains("no email address"));
    assertThat(resolve(customer, "PHONE", "Told on the phone.").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void an_agent_records_that_the_customer_wants_no_mail_and_the_timeline_says_so() {
    Customer customer = newCase("en", null, "Opal Optout");
    TestRestTemplate alice = Api.as("alice", port);

    ResponseEntity<Map> changed = alice.exchange("/api/cases/{id}/customer-mail", HttpMethod.PUT,
        new HttpEntity<>(Map.of("optedOut", true)), Map.class, customer.caseId());

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(timelineTypes(customer)).contains("MAIL_CONSENT_CHANGED");
    assertThat(resolve(customer, "EMAIL", "Fixed.").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as("lea", port).exchange("/api/cases/{id}/customer-mail", HttpMethod.PUT,
        new HttpEntity<>(Map.of("optedOut", false)), Map.class, customer.caseId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_mail_is_exported_with_the_customer_and_erasing_the_customer_leaves_no_address_or_text_of_it() {
    Customer customer = newCase("en", null, "Erika Erase");
    resolve(customer, "EMAIL", "Secret resolution text " + customer.caseId());
    awaitMailTo(customer.email());
    TestRestTemplate admin = Api.as("admin", port);

    Map<?, ?> export = admin.getForObject("/api/customers/{id}/export", Map.class, customer.externalId());
    ResponseEntity<Map> erased = admin.exchange("/api/customers/{id}", HttpMethod.DELETE,
        new HttpEntity<>(Map.of("reason", "Asked to be forgotten")), Map.class, customer.externalId());

    assertThat(export.toString()).contains("outgoingMessages").contains("Secret resolution text " + customer.caseId());
    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> rows = jdbc.sql("select recipient, subject, body, erased_at from outbox_message where case_id = :case")
        .param("case", UUID.fromString(customer.caseId())).query().listOfRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("recipient").toString()).startsWith("erased-").doesNotContain(customer.email());
    assertThat(rows.get(0).get("subject")).isNull();
    assertThat(rows.get(0).get("body")).isNull();
    assertThat(rows.get(0).get("erased_at")).isNotNull();
  }

  private Customer newCase(String language, String preference, String name) {
    String externalId = "mail-it-" + UUID.randomUUID();
    return newCase(language, preference, name, externalId, externalId + "@example.com");
  }

  private Customer newCase(String language, String preference, String name, String customerId, String email) {
    Map<String, Object> customer = new HashMap<>(Map.of("externalId", customerId, "name", name));
    if (email != null) {
      customer.put("email", email);
    }
    if (preference != null) {
      customer.put("servicePreference", preference);
    }
    Map<String, Object> response = Map.of("externalId", "r-" + UUID.randomUUID(), "score", 4, "touchpoint", "website",
        "language", language, "customer", customer);
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = (String) created.getBody().get("caseId");
    TestRestTemplate alice = Api.as("alice", port);
    alice.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    return new Customer(caseId, customerId, email);
  }

  private ResponseEntity<Map> resolve(Customer customer, String channel, String message) {
    return Api.as("alice", port).postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "billing.wrong-invoice",
        "outcome", "RECOVERED", "notes", "Refunded", "closeTheLoopMessage", message, "closeTheLoopChannel", channel),
        Map.class, customer.caseId());
  }

  private List<String> timelineTypes(Customer customer) {
    Map<?, ?> body = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, customer.caseId());
    return ((List<Map<String, Object>>) body.get("timeline")).stream().map(event -> (String) event.get("type")).toList();
  }

  private MimeMessage awaitMailTo(String address) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> {
          try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        }).findFirst().orElse(null), found -> found != null);
  }

  private record Customer(String caseId, String externalId, String email) {}
}
