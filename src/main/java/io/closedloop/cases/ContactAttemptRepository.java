package io.closedloop.cases;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactAttemptRepository extends JpaRepository<ContactAttempt, Long> {

  List<ContactAttempt> findByCaseIdOrderByAtAscIdAsc(UUID caseId);

  long countByCaseIdAndReachedFalse(UUID caseId);
}
