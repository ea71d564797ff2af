package io.closedloop.cases;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

  List<TimelineEntry> findByCaseIdOrderByAtAscIdAsc(UUID caseId);
}
