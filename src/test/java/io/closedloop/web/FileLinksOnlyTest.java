package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileLinksOnlyTest {

  @Test
  void a_link_to_a_file_goes_to_the_resource_chain() {
    assertThat(FileLinksOnly.pointsToAFile("/css/app.css")).isTrue();
    assertThat(FileLinksOnly.pointsToAFile("/webjars/htmx.org/dist/htmx.min.js?v=2")).isTrue();
    assertThat(FileLinksOnly.pointsToAFile("/favicon.svg#icon")).isTrue();
  }

  @Test
  void a_link_to_a_page_or_an_action_does_not() {
    assertThat(FileLinksOnly.pointsToAFile("/cases/5f0c2a4e-8f7b-4c1e-9d2a-0b6e7c3d1a22")).isFalse();
    assertThat(FileLinksOnly.pointsToAFile("/inbox/cases/5f0c2a4e/claim?q=a.b")).isFalse();
    assertThat(FileLinksOnly.pointsToAFile("/v1.2/inbox")).isFalse();
    assertThat(FileLinksOnly.pointsToAFile("/camunda/app/tasklist/")).isFalse();
  }
}
