package io.closedloop.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends mail over the SMTP server of {@code spring.mail.*}. Without one ({@code spring.mail.host}
 * unset, the default run) nothing is sent: the mail is kept for admins to read on the outbox page.
 * Every attempt carries the message's own {@code Message-ID}, so a receiver tells a retry apart.
 */
@Component
class MailTransport implements Transport {

  private final ObjectProvider<JavaMailSender> senders;
  private final OutboxSettings settings;

  MailTransport(ObjectProvider<JavaMailSender> senders, OutboxSettings settings) {
    this.senders = senders;
    this.settings = settings;
  }

  @Override
  public Channel channel() {
    return Channel.MAIL;
  }

  /** Whether mail really leaves: an SMTP server is configured. */
  boolean isConfigured() {
    return senders.getIfAvailable() != null;
  }

  @Override
  public Attempt send(OutboxMessage message) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return Attempt.kept();
    }
    try {
      sender.send(mime(message, sender));
      return Attempt.sent(null);
    } catch (MailException | MessagingException e) {
      return Attempt.failed(null, rootMessage(e));
    }
  }

  private MimeMessage mime(OutboxMessage message, JavaMailSender sender) throws MessagingException {
    Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    MimeMessage mime = new StableIdMessage(session, message.mailMessageId(settings.messageIdDomain()));
    mime.setFrom(new InternetAddress(settings.mailFrom()));
    mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.recipient()));
    mime.setSubject(message.subject(), "UTF-8");
    mime.setText(message.body(), "UTF-8");
    if (message.unsubscribeUrl() != null) {
      mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    mime.setHeader("Auto-Submitted", "auto-generated");
    return mime;
  }

  private static String rootMessage(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return text.strip();
  }

  /** A MIME message that keeps the Message-ID it was given instead of making a new one when saved. */
  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
