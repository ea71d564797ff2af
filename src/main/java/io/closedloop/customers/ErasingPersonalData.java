package io.closedloop.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one subject everywhere in one transaction: every {@link PersonalDataHolder} (our tables
 * and the engine's, which share the data source), then the audit. If one part fails, nothing is erased.
 */
@Component
class ErasingPersonalData {

  private final List<PersonalDataHolder> holders;
  private final ErasureAudit audit;
  private final Clock clock;

  ErasingPersonalData(List<PersonalDataHolder> holders, ErasureAudit audit, Clock clock) {
    this.holders = holders;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Instant erase(DataSubject subject, String actor, String reason) {
    holders.forEach(holder -> holder.erase(subject));
    Instant at = clock.instant();
    audit.record(subject, actor, reason, at);
    return at;
  }
}
