package io.closedloop.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

  Page<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable pageable);

  Page<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(String recipient, Pageable pageable);

  long countByRecipientAndReadAtIsNull(String recipient);

  Optional<Notification> findByIdAndRecipient(UUID id, String recipient);

  @Modifying
  @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
  int markAllRead(String recipient, Instant at);
}
