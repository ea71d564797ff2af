package io.closedloop.customers;

import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** An admin answers a customer's access request with everything held about them. */
@Service
public class ExportingCustomer {

  private final DataSubjects subjects;
  private final List<PersonalDataHolder> holders;
  private final Clock clock;

  ExportingCustomer(DataSubjects subjects, List<PersonalDataHolder> holders, Clock clock) {
    this.subjects = subjects;
    this.holders = holders;
    this.clock = clock;
  }

  /** Reads every holder in one snapshot, so that the parts agree with each other. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public CustomerExport export(String externalId) {
    DataSubject subject = subjects.customer(externalId)
        .orElseThrow(() -> new NotFoundException("No customer with external id " + externalId));
    Map<String, Object> data = new LinkedHashMap<>();
    holders.forEach(holder -> data.put(holder.section(), holder.exportOf(subject)));
    return new CustomerExport(externalId, clock.instant(), data);
  }
}
