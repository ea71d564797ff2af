package io.closedloop.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail leaves through the outbox to a real SMTP server: once, under its own Message-ID, retried while the server is down. */
@IntegrationTest
class SendingMailIT {

  @Autowired
  Outbox outbox;

  @Autowired
  OutboxQueries queries;

  @Autowired
  GreenMail smtp;

  @Autowired
  JavaMailSenderImpl sender;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void a_queued_mail_arrives_once_with_its_stable_message_id() throws Exception {
    String to = "outbox-" + UUID.randomUUID() + "@example.com";

    UUID id = queue(OutgoingMail.toStaff("TEST", "alice", to, "Hello from the outbox", "Body æøå", null, null));

    await().atMost(Duration.ofSeconds(20)).until(() -> queries.message(id).orElseThrow().status() == MessageStatus.SENT);
    List<MimeMessage> received = receivedBy(to);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getMessageID()).isEqualTo("<" + id + "@closedloop.local>");
    assertThat(received.get(0).getSubject()).isEqualTo("Hello from the outbox");
    assertThat(received.get(0).getContent().toString().strip()).isEqualTo("Body æøå");
  }

  @Test
  void a_mail_the_smtp_server_refused_is_retried_and_arrives_exactly_once() throws Exception {
    String to = "retry-" + UUID.randomUUID() + "@example.com";
    int port = sender.getPort();
    sender.setPort(TestMailServer.deadPort());
    UUID id;
    try {
      id = queue(OutgoingMail.toStaff("TEST", "alice", to, "Retried", "Sent after the server came back", null, null));
      await().atMost(Duration.ofSeconds(20)).until(() -> queries.attempts(id).size() >= 2);
    } finally {
      sender.setPort(port);
    }

    await().atMost(Duration.ofSeconds(20)).until(() -> queries.message(id).orElseThrow().status() == MessageStatus.SENT);
    List<OutboxQueries.AttemptView> attempts = queries.attempts(id);
    assertThat(attempts).last().extracting(OutboxQueries.AttemptView::succeeded).isEqualTo(true);
    assertThat(attempts.get(0).succeeded()).isFalse();
    assertThat(attempts.get(0).error()).isNotBlank();
    Thread.sleep(1500); // two more polls of the worker: nothing else may leave
    assertThat(receivedBy(to)).hasSize(1);
  }

  private UUID queue(OutgoingMail mail) {
    return new TransactionTemplate(transactions).execute(status -> outbox.queue(mail));
  }

  private List<MimeMessage> receivedBy(String to) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(to));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
