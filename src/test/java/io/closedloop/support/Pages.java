package io.closedloop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.closedloop.identity.Authorities;
import io.closedloop.identity.Directory;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc on the shared test application with its real security chain, and demo users with their real groups. */
public final class Pages {

  private final MockMvc mvc;
  private final Directory directory;

  public Pages(WebApplicationContext context) {
    this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    this.directory = context.getBean(Directory.class);
  }

  public MockMvc mvc() {
    return mvc;
  }

  /** Logged in as a demo user, with the authorities its groups give it. */
  public RequestPostProcessor as(String userId) {
    return user(userId).authorities(Authorities.ofGroups(directory.groupsOf(userId)));
  }
}
