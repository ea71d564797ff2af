package io.closedloop.cases;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored cases. Other modules go through the use cases, not through this repository. */
interface CaseRepository extends JpaRepository<DetractorCase, UUID> {

  Optional<DetractorCase> findByResponseId(UUID responseId);
}
