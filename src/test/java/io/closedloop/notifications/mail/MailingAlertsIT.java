package io.closedloop.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.closedloop.notifications.Notifications;
import io.closedloop.outbox.MessageStatus;
import io.closedloop.outbox.OutboxMessage;
import io.closedloop.outbox.OutboxQueries;
import io.closedloop.outbox.OutboxWorker;
import io.closedloop.shared.ReplayClock;
import io.closedloop.shared.Wording;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.web.PersonalPreferences;
import io.closedloop.web.UiLanguage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts reach people by mail through a real SMTP server, when their working time begins. Each test raises its
 * alerts on the night of a Tuesday years ahead (the app's clock moved on the test's thread), so the scheduled outbox
 * worker, on the real time, leaves them alone; the test then runs the worker and the digest job itself at the
 * instants it means ({@link OutboxWorker}). The people are new, in no team: the company's calendar, Monday to Friday
 * 08-16 in Copenhagen.
 */
@IntegrationTest
class MailingAlertsIT {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  static final Instant TUESDAY_0200 = copenhagen("2036-03-04T02:00");
  static final Instant TUESDAY_0300 = copenhagen("2036-03-04T03:00");
  static final Instant TUESDAY_0759 = copenhagen("2036-03-04T07:59");
  static final Instant TUESDAY_0800 = copenhagen("2036-03-04T08:00");

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;
  @Autowired
  ReplayClock clock;
  @Autowired
  Notifications notifications;
  @Autowired
  AlertMailSettings settings;
  @Autowired
  PersonalPreferences preferences;
  @Autowired
  SendingDigests digests;
  @Autowired
  OutboxQueries outbox;
  @Autowired
  GreenMail smtp;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  private final List<String> users = new ArrayList<>();

  static Instant copenhagen(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(COPENHAGEN).toInstant();
  }

  @AfterEach
  void deleteUsers() {
    users.forEach(identity::deleteUser);
  }

  @Test
  void an_escalation_at_two_in_the_night_of_a_tuesday_is_delivered_at_eight_that_morning() throws Exception {
    String user = newUser(true);
    String customer = "Alert Kunde " + UUID.randomUUID().toString().substring(0, 8);
    UUID caseId = UUID.fromString(Detractors.newCase(port, 2, null, customer));

    at(TUESDAY_0200, () -> notifications.send(List.of(user), caseId, "ESCALATION", "Escalated (level 1)",
        Wording.of("escalated").number(1).time(TUESDAY_0200)));

    OutboxMessage queued = onlyMessageTo(user);
    assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(queued.notBefore()).isEqualTo(TUESDAY_0800);
    assertThat(queued.caseId()).isEqualTo(caseId);
    OutboxWorker.sendDueAt(context, TUESDAY_0759);
    assertThat(outbox.message(queued.id()).orElseThrow().status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(received(user)).isEmpty();

    OutboxWorker.sendDueAt(context, TUESDAY_0800);

    OutboxMessage sent = outbox.message(queued.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
    assertThat(sent.sentAt()).isEqualTo(TUESDAY_0800);
    List<MimeMessage> mail = received(user);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject()).startsWith("Escalation · case of ").doesNotContain(customer);
    UUID notification = notifications.of(user, false, PageRequest.of(0, 1)).getContent().get(0).getId();
    assertThat(text(mail.get(0))).contains("Escalated (level 1): the customer was not called back by Tue 4 Mar 02:00",
        "Customer: " + customer, "/notifications/" + notification + "/open");
  }

  @Test
  void a_digest_reader_gets_the_nights_two_alerts_in_one_mail_when_their_working_day_begins() throws Exception {
    String user = newUser(true);
    settings.save(user, new AlertMailSetting(AlertMailMode.DIGEST, false, null));
    UUID firstCase = UUID.randomUUID();
    UUID secondCase = UUID.randomUUID();

    at(TUESDAY_0200, () -> notifications.send(List.of(user), firstCase, "ESCALATION", "Escalated (level 2)",
        Wording.of("escalated").number(2).time(TUESDAY_0200)));
    at(TUESDAY_0300, () -> notifications.send(List.of(user), secondCase, "ASSIGNED", "mike gave you a detractor case",
        Wording.of("assigned").user("mike")));

    assertThat(messagesTo(user)).isEmpty();
    clock.at(TUESDAY_0759, digests::sendDue);
    assertThat(messagesTo(user)).isEmpty();
    clock.at(TUESDAY_0800, digests::sendDue);
    clock.at(TUESDAY_0800, digests::sendDue);
    OutboxMessage digest = onlyMessageTo(user);
    assertThat(digest.topic()).isEqualTo("DIGEST");
    assertThat(digest.notBefore()).isEqualTo(TUESDAY_0800);

    OutboxWorker.sendDueAt(context, TUESDAY_0800);

    List<MimeMessage> mail = received(user);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject()).isEqualTo("Your ClosedLoop digest: 2 alerts");
    String body = text(mail.get(0));
    assertThat(body).contains("Escalation: Escalated (level 2): the customer was not called back by Tue 4 Mar 02:00",
        "New case: mike gave you the case");
    assertThat(body.indexOf("Escalated (level 2)")).isLessThan(body.indexOf("mike gave you the case"));
    assertThat(jdbc.sql("select count(*) from alert_digest_item where user_id = :user").param("user", user).query(Long.class)
        .single()).isZero();
  }

  @Test
  void a_person_who_turned_alert_mail_off_gets_none() {
    String user = newUser(true);
    settings.save(user, new AlertMailSetting(AlertMailMode.OFF, true, null));

    at(TUESDAY_0200, () -> notifications.send(List.of(user), UUID.randomUUID(), "ALARM", "Alarming detractor", Wording.of("alarm")));

    assertThat(messagesTo(user)).isEmpty();
    assertThat(notifications.unreadCount(user)).isEqualTo(1);
  }

  @Test
  void one_event_makes_one_mail_per_person_however_often_they_are_named() {
    String named = newUser(true);
    String other = newUser(true);
    UUID caseId = UUID.randomUUID();

    at(TUESDAY_0200, () -> {
      notifications.send(List.of(named, other, named), caseId, "ESCALATION", "Escalated (level 1)",
          Wording.of("escalated").number(1).time(TUESDAY_0200));
      notifications.send(List.of(named), caseId, "ESCALATION", "Your case was escalated", Wording.of("escalated-owner-2"));
    });

    assertThat(messagesTo(named)).hasSize(1);
    assertThat(messagesTo(other)).hasSize(1);
  }

  @Test
  void an_alarm_at_night_goes_at_once_to_whoever_chose_alarms_at_any_hour_in_their_language() {
    String user = newUser(true);
    settings.save(user, new AlertMailSetting(AlertMailMode.IMMEDIATE, true, null));
    preferences.save(user, new PersonalPreferences.Preference(UiLanguage.DANISH, null));

    at(TUESDAY_0200, () -> notifications.send(List.of(user), null, "ALARM", "Alarming detractor", Wording.of("alarm")));

    OutboxMessage alarm = onlyMessageTo(user);
    assertThat(alarm.notBefore()).isEqualTo(TUESDAY_0200);
    assertThat(alarm.subject()).isEqualTo("Alarm");
    assertThat(alarm.body()).contains("Alarmerende kritiker");
  }

  @Test
  void a_person_without_an_address_and_notifications_other_than_alerts_get_no_mail() {
    String withoutAddress = newUser(false);
    String withAddress = newUser(true);

    at(TUESDAY_0200, () -> {
      notifications.send(List.of(withoutAddress), UUID.randomUUID(), "REMINDER", "Call back", Wording.of("reminder").time(TUESDAY_0800));
      notifications.send(List.of(withAddress), UUID.randomUUID(), "PROCESS_CANCELLED", "mike cancelled the process",
          Wording.of("process-cancelled").user("mike"));
    });

    assertThat(messagesTo(withoutAddress)).isEmpty();
    assertThat(messagesTo(withAddress)).isEmpty();
  }

  @Test
  void alerts_of_replayed_history_like_the_demo_sample_are_not_mailed() {
    String user = newUser(true);

    at(Instant.now().minusSeconds(86_400 * 30), () -> notifications.send(List.of(user), UUID.randomUUID(), "ESCALATION",
        "Escalated (level 1)", Wording.of("escalated").number(1).time(TUESDAY_0200)));

    assertThat(messagesTo(user)).isEmpty();
    assertThat(notifications.unreadCount(user)).isEqualTo(1);
  }

  @Test
  void erasing_a_customer_drops_the_alerts_about_their_cases_from_digests_and_empties_their_alert_mail() {
    String digestReader = newUser(true);
    String immediateReader = newUser(true);
    settings.save(digestReader, new AlertMailSetting(AlertMailMode.DIGEST, false, null));
    String customer = "Alert Sletmig " + UUID.randomUUID().toString().substring(0, 8);
    UUID caseId = UUID.fromString(Detractors.newCase(port, 1, null, customer));
    String externalId = jdbc.sql("select cu.external_id from detractor_case c join customer cu on cu.id = c.customer_id where c.id = :id")
        .param("id", caseId).query(String.class).single();
    at(TUESDAY_0200, () -> notifications.send(List.of(digestReader, immediateReader), caseId, "REMINDER", "Call back",
        Wording.of("reminder").time(TUESDAY_0800)));
    assertThat(onlyMessageTo(immediateReader).body()).contains(customer);

    JsonNode export = json(Api.as("admin", port).getForObject("/api/customers/" + externalId + "/export", String.class));
    ResponseEntity<Map> erased = Api.as("admin", port).exchange("/api/customers/" + externalId, HttpMethod.DELETE,
        new HttpEntity<>(Map.of("reason", "The customer asked to be forgotten")), Map.class);

    assertThat(export.path("data").path("alertDigests")).hasSize(1);
    assertThat(export.path("data").path("alertDigests").get(0).path("recipient").asText()).isEqualTo(digestReader);
    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.sql("select count(*) from alert_digest_item where user_id = :user").param("user", digestReader).query(Long.class)
        .single()).isZero();
    OutboxMessage mail = onlyMessageTo(immediateReader);
    assertThat(mail.body()).isNull();
    assertThat(mail.status()).isEqualTo(MessageStatus.FAILED);
  }

  private static JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String newUser(boolean withAddress) {
    String id = "alert-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Alert");
    user.setLastName("Reader");
    user.setPassword(id);
    if (withAddress) {
      user.setEmail(id + "@example.com");
    }
    identity.saveUser(user);
    users.add(id);
    return id;
  }

  private void at(Instant instant, Runnable work) {
    clock.at(instant, () -> new TransactionTemplate(transactions).executeWithoutResult(status -> work.run()));
  }

  private List<OutboxMessage> messagesTo(String user) {
    return jdbc.sql("select id from outbox_message where recipient_user = :user order by created_at").param("user", user)
        .query(UUID.class).list().stream().map(id -> outbox.message(id).orElseThrow()).toList();
  }

  private OutboxMessage onlyMessageTo(String user) {
    List<OutboxMessage> messages = messagesTo(user);
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private List<MimeMessage> received(String user) {
    String to = user + "@example.com";
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(address -> ((InternetAddress) address).getAddress().equals(to));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String text(MimeMessage message) throws IOException, MessagingException {
    return message.getContent().toString();
  }
}
