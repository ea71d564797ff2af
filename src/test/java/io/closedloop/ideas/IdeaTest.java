package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdeaTest {

  private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void a_merged_duplicate_is_rejected_and_points_at_the_idea_it_joined() {
    Idea duplicate = idea();
    Idea kept = idea();

    duplicate.mergeInto(kept);

    assertThat(duplicate.getStatus()).isEqualTo(IdeaStatus.REJECTED);
    assertThat(duplicate.getMergedInto()).isEqualTo(kept.getId());
    assertThat(duplicate.getReason()).isEqualTo("merged into " + kept.getId());
  }

  @Test
  void only_a_chosen_idea_can_be_done_and_done_records_when() {
    Idea idea = idea();
    assertThatThrownBy(() -> idea.markDone(now)).isInstanceOf(IdeaActionNotAllowed.class);

    idea.select("bob", now.plusSeconds(60));
    idea.markDone(now);

    assertThat(idea.getStatus()).isEqualTo(IdeaStatus.DONE);
    assertThat(idea.getDoneAt()).isEqualTo(now);
  }

  @Test
  void a_chosen_idea_not_carried_out_returns_to_the_backlog_without_owner() {
    Idea idea = idea();
    idea.select("bob", now);

    idea.returnToBacklog();

    assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PROPOSED);
    assertThat(idea.getOwner()).isNull();
  }

  @Test
  void a_rejected_idea_keeps_its_reason_and_cannot_be_selected() {
    Idea idea = idea();
    idea.reject("Legal does not allow it");

    assertThat(idea.getReason()).isEqualTo("Legal does not allow it");
    assertThatThrownBy(() -> idea.select("bob", now)).isInstanceOf(IdeaActionNotAllowed.class);
  }

  private Idea idea() {
    return new Idea("Call back within the hour", null, Horizon.SHORT_TERM, IdeaOrigin.STAFF, "customer-service", now, "alice");
  }
}
