package io.closedloop.customers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Erases personal data once it is no longer needed: a case closed longer ago than the retention
 * period loses its free texts, and a customer with nothing newer loses everything, each erasure
 * in its own transaction, the same way an admin erases a customer.
 */
@Service
public class ApplyingRetention {

  static final String ACTOR = "system:retention";

  private final RetentionSettings settings;
  private final DataSubjects subjects;
  private final ErasingPersonalData erasing;

  ApplyingRetention(RetentionSettings settings, DataSubjects subjects, ErasingPersonalData erasing) {
    this.settings = settings;
    this.subjects = subjects;
    this.erasing = erasing;
  }

  public RetentionApplied apply(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(settings.personalDataAfter()).toInstant();
    String reason = "Retention: nothing newer than " + settings.personalDataAfter() + " (before " + cutoff + ")";
    List<DataSubject> customers = subjects.idleCustomers(cutoff, settings.batchSize());
    customers.forEach(subject -> erasing.erase(subject, ACTOR, reason));
    List<DataSubject> cases = subjects.oldCases(cutoff, settings.batchSize());
    cases.forEach(subject -> erasing.erase(subject, ACTOR, "Retention: case closed before " + cutoff));
    return new RetentionApplied(customers.size(), cases.size());
  }
}
