package io.closedloop.identity;

import java.time.Duration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * A page view writes its session's row only when something in it changed or its last access is a
 * minute old: storing every view's access time was a committed write (and a dead row) per click.
 * A session idle for its whole timeout still ends, at most a minute early. The statement keeps
 * Spring Session's parameters, in their order: id, last access, timeout, expiry, user, row.
 */
@Component
class SessionTouches implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

  static final Duration STORED_AT_MOST_EVERY = Duration.ofMinutes(1);

  static final String UPDATE_WHEN_CHANGED = """
      update %%TABLE_NAME%% s set session_id = v.session_id, last_access_time = v.last_access_time,
        max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time, principal_name = v.principal_name
      from (select cast(? as char(36)) as session_id, cast(? as bigint) as last_access_time, cast(? as int) as max_inactive_interval,
                   cast(? as bigint) as expiry_time, cast(? as varchar(100)) as principal_name) v
      where s.primary_id = ? and (s.session_id <> v.session_id or s.max_inactive_interval <> v.max_inactive_interval
        or s.principal_name is distinct from v.principal_name or v.last_access_time - s.last_access_time >= %d)
      """.formatted(STORED_AT_MOST_EVERY.toMillis());

  @Override
  public void customize(JdbcIndexedSessionRepository sessions) {
    sessions.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
  }
}
