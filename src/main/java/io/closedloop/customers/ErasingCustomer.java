package io.closedloop.customers;

import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** An admin erases a customer's personal data on request: name, contact details and every free text about them. */
@Service
public class ErasingCustomer {

  static final int MAX_REASON = 500;

  private final DataSubjects subjects;
  private final ErasingPersonalData erasing;

  ErasingCustomer(DataSubjects subjects, ErasingPersonalData erasing) {
    this.subjects = subjects;
    this.erasing = erasing;
  }

  public CustomerErased erase(EraseCustomer command) {
    String reason = command.reason() == null ? "" : command.reason().strip();
    if (reason.isEmpty()) {
      throw new InvalidInputException("reason", "is required: say why the customer is erased");
    }
    if (reason.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
    }
    DataSubject subject = subjects.customer(command.externalId())
        .orElseThrow(() -> new NotFoundException("No customer with external id " + command.externalId()));
    return new CustomerErased(subject.pseudonym(), subject.caseIds().size(), erasing.erase(subject, command.by(), reason));
  }
}
