package io.closedloop.ideas;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaRepository extends JpaRepository<Idea, UUID> {

  Page<Idea> findByStatusIn(List<IdeaStatus> statuses, Pageable pageable);

  List<Idea> findByStatusOrderByCreatedAtAscIdAsc(IdeaStatus status);

  long countByProposedInCycleAndMeetingGroupIgnoreCaseAndHorizon(UUID cycleId, String group, Horizon horizon);
}
