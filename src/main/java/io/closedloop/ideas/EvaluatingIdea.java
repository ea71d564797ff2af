package io.closedloop.ideas;

import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the next cycle the facilitator evaluates each idea chosen before: was it implemented, and
 * what did it do? The effect in numbers is the NPS of the touchpoint it targeted in the six
 * weeks before and after it was marked done. An implemented idea is evaluated; a short-term idea
 * that was not carried out goes back to the backlog; a long-term one stays on and comes up again.
 */
@Service
public class EvaluatingIdea {

  private final CycleRepository cycles;
  private final IdeaBacklog backlog;
  private final MarkingIdeaDone markingDone;
  private final TouchpointNps nps;
  private final IdeaTimeline timeline;
  private final JdbcClient jdbc;
  private final Clock clock;

  EvaluatingIdea(CycleRepository cycles, IdeaBacklog backlog, MarkingIdeaDone markingDone, TouchpointNps nps, IdeaTimeline timeline,
      JdbcClient jdbc, Clock clock) {
    this.cycles = cycles;
    this.backlog = backlog;
    this.markingDone = markingDone;
    this.nps = nps;
    this.timeline = timeline;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One idea evaluated: implemented or not, and its touchpoint's NPS around its done date (null when not done). */
  public record IdeaEvaluated(UUID ideaId, UUID cycleId, boolean implemented, IdeaStatus status, TouchpointNps.Effect effect) {}

  @Transactional(readOnly = true)
  public List<FieldError> problems(EvaluateIdea command) {
    ImprovementCycle cycle = cycles.findById(command.cycleId()).orElseThrow(() -> new NotFoundException("No improvement cycle " + command.cycleId()));
    if (cycle.getStatus() != CycleStatus.MEETING) {
      throw new IdeaActionNotAllowed("Cycle " + cycle.getNumber() + " evaluates at its meeting; it is " + cycle.getStatus());
    }
    List<FieldError> errors = new ArrayList<>();
    if (command.ideaId() == null) {
      errors.add(new FieldError("ideaId", "is required"));
    } else if (!isDue(command.cycleId(), command.ideaId())) {
      throw new IdeaActionNotAllowed("Idea " + command.ideaId() + " is not due for evaluation in cycle " + cycle.getNumber());
    }
    if (command.implemented() == null) {
      errors.add(new FieldError("implemented", "is required: true or false"));
    }
    if (command.effect() != null && command.effect().length() > 10_000) {
      errors.add(new FieldError("effect", "must be at most 10000 characters"));
    }
    return errors;
  }

  @Transactional
  public IdeaEvaluated evaluate(EvaluateIdea command) {
    List<FieldError> errors = problems(command);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Idea idea = backlog.get(command.ideaId());
    boolean implemented = command.implemented();
    if (implemented && idea.getStatus() != IdeaStatus.DONE) {
      markingDone.markDone(idea.getId(), "recorded at the evaluation", command.by());
    }
    TouchpointNps.Effect effect = idea.getDoneAt() == null ? null : nps.around(idea.getTouchpoint(), idea.getDoneAt());
    jdbc.sql("""
            insert into idea_evaluation (id, idea_id, cycle_id, implemented, effect, touchpoint, done_at, responses_before, nps_before,
              responses_after, nps_after, evaluated_at, evaluated_by)
            values (:id, :idea, :cycle, :implemented, :effect, :touchpoint, :doneAt, :responsesBefore, :npsBefore, :responsesAfter, :npsAfter,
              :at, :by)""")
        .param("id", UUID.randomUUID()).param("idea", idea.getId()).param("cycle", command.cycleId()).param("implemented", implemented)
        .param("effect", command.effect()).param("touchpoint", idea.getTouchpoint())
        .param("doneAt", idea.getDoneAt() == null ? null : Timestamp.from(idea.getDoneAt()))
        .param("responsesBefore", effect == null ? null : effect.before().responses())
        .param("npsBefore", effect == null ? null : effect.before().score())
        .param("responsesAfter", effect == null ? null : effect.after().responses())
        .param("npsAfter", effect == null ? null : effect.after().score())
        .param("at", Timestamp.from(clock.instant())).param("by", command.by())
        .update();
    timeline.record(idea.getId(), command.by(), IdeaEventType.EVALUATED, describe(implemented, effect, command.effect()));
    if (implemented) {
      idea.evaluated();
    } else if (idea.getHorizon() == Horizon.SHORT_TERM) {
      idea.returnToBacklog();
      timeline.record(idea.getId(), command.by(), IdeaEventType.RETURNED_TO_BACKLOG, "Not carried out; back in the backlog");
    }
    return new IdeaEvaluated(idea.getId(), command.cycleId(), implemented, idea.getStatus(), effect);
  }

  private boolean isDue(UUID cycleId, UUID ideaId) {
    return jdbc.sql("""
            select count(*) from cycle_agenda_item a where a.cycle_id = :cycle and a.kind = 'DUE_FOR_EVALUATION' and a.idea_id = :idea
              and not exists (select 1 from idea_evaluation e where e.cycle_id = :cycle and e.idea_id = :idea)""")
        .param("cycle", cycleId).param("idea", ideaId).query(Integer.class).single() > 0;
  }

  private static String describe(boolean implemented, TouchpointNps.Effect effect, String words) {
    StringBuilder detail = new StringBuilder(implemented ? "Implemented" : "Not implemented");
    if (effect != null) {
      detail.append("; NPS of ").append(effect.touchpoint() == null ? "no touchpoint" : effect.touchpoint())
          .append(" ").append(format(effect.before().score())).append(" (").append(effect.before().responses()).append(" responses) before, ")
          .append(format(effect.after().score())).append(" (").append(effect.after().responses()).append(" responses) after");
    }
    if (words != null && !words.isBlank()) {
      detail.append("; ").append(words.strip());
    }
    return detail.toString();
  }

  private static String format(BigDecimal score) {
    return score == null ? "n/a" : score.toPlainString();
  }
}
