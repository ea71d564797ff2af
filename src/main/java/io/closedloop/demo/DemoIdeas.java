package io.closedloop.demo;

import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.IdeaProposed;
import io.closedloop.ideas.MergingIdeas;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.ideas.ProposingIdea;
import io.closedloop.ideas.RejectingIdea;
import io.closedloop.ideas.VotingForIdea;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A living backlog for the demo: ideas that grew out of the resolved demo cases (linked to the
 * cases behind them), ideas from staff, a few votes, a merged duplicate and a rejected idea.
 * No cycle is started: a newcomer starts the first one.
 */
@Component
class DemoIdeas {

  private final ProposingIdea proposing;
  private final VotingForIdea voting;
  private final MergingIdeas merging;
  private final RejectingIdea rejecting;
  private final JdbcClient jdbc;

  DemoIdeas(ProposingIdea proposing, VotingForIdea voting, MergingIdeas merging, RejectingIdea rejecting, JdbcClient jdbc) {
    this.proposing = proposing;
    this.voting = voting;
    this.merging = merging;
    this.rejecting = rejecting;
    this.jdbc = jdbc;
  }

  void create() {
    UUID callbacks = fromCases("service.waiting-time", "Offer a call-back instead of waiting on hold",
        "Customers who wait more than 5 minutes get a call-back slot.", Horizon.SHORT_TERM, "alice");
    UUID invoices = fromCases("website.navigation", "Invoice link on the front page",
        "Put 'My invoices' on the front page after login.", Horizon.SHORT_TERM, "bob");
    UUID pricing = fromCases("price.too-high", "A smaller subscription for private customers",
        "A cheaper plan without the hardware bundle.", Horizon.LONG_TERM, "mike");
    UUID knowledge = staff("Weekly 15-minute product update for support", Horizon.SHORT_TERM, "customer-service", "bob");
    UUID chat = staff("Replace the website chat", Horizon.LONG_TERM, "website", "alice");
    UUID duplicate = staff("Call customers back instead of the phone queue", Horizon.SHORT_TERM, "customer-service", "bob");
    UUID rejected = staff("Close the phone line on Fridays", Horizon.SHORT_TERM, "customer-service", "bob");
    vote(callbacks, "alice", "bob");
    vote(invoices, "mike");
    vote(pricing, "alice", "mike");
    vote(knowledge, "bob");
    vote(chat, "bob");
    vote(duplicate, "mike");
    merging.merge(duplicate, callbacks, "mike");
    rejecting.reject(rejected, "Customers call most on Fridays", "mike");
  }

  private UUID fromCases(String rootCause, String title, String description, Horizon horizon, String by) {
    List<UUID> cases = jdbc.sql("""
            select id from detractor_case where status = 'RESOLVED' and root_cause = :rootCause order by closed_at limit 3""")
        .param("rootCause", rootCause).query(UUID.class).list();
    if (cases.isEmpty()) {
      return staff(title, horizon, null, by);
    }
    String touchpoint = jdbc.sql("select touchpoint from detractor_case where id = :id").param("id", cases.get(0)).query(String.class).single();
    IdeaProposed idea = proposing.propose(ProposeIdea.newIdea(title, description, horizon, touchpoint, by).linkedTo(cases.get(0), touchpoint, by));
    for (UUID joining : cases.subList(1, cases.size())) {
      proposing.propose(ProposeIdea.joining(idea.ideaId().value(), by).linkedTo(joining, null, by));
    }
    return idea.ideaId().value();
  }

  private UUID staff(String title, Horizon horizon, String touchpoint, String by) {
    return proposing.propose(ProposeIdea.newIdea(title, null, horizon, touchpoint, by)).ideaId().value();
  }

  private void vote(UUID idea, String... voters) {
    for (String voter : voters) {
      voting.vote(idea, voter);
    }
  }
}
