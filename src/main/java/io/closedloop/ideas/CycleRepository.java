package io.closedloop.ideas;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleRepository extends JpaRepository<ImprovementCycle, UUID> {

  @Query("select c from ImprovementCycle c where c.status in (io.closedloop.ideas.CycleStatus.MEETING, io.closedloop.ideas.CycleStatus.SELECTING)")
  Optional<ImprovementCycle> findRunning();

  List<ImprovementCycle> findByStatus(CycleStatus status);

  @Query("select coalesce(max(c.number), 0) from ImprovementCycle c")
  int lastNumber();

  Optional<ImprovementCycle> findFirstByNumberNotNullOrderByNumberDesc();

  Page<ImprovementCycle> findAll(Pageable pageable);
}
