package io.closedloop.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) for the integration tests' one application context, and the
 * application's mail sender pointed at it, as {@code spring.mail.host}/{@code port} would. A test
 * reads what arrived from the {@link GreenMail} bean, and may point the sender at a dead port
 * ({@link #deadPort()}) to see the outbox retry.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail greenMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    return sender;
  }

  /** A port on which nothing listens, so that sending there fails at once. */
  public static int deadPort() {
    return freePort();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
