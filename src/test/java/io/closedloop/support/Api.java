package io.closedloop.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/** A REST client for the running test application, logged in as a demo user (password = user name). */
public final class Api {

  private Api() {}

  public static TestRestTemplate as(String user, int port) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port), user, user);
  }

  public static TestRestTemplate anonymous(int port) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }
}
