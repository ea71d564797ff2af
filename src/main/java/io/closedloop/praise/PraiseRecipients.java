package io.closedloop.praise;

import io.closedloop.identity.Teams;
import io.closedloop.settings.SettingsAudit;
import io.closedloop.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which user each employee code of the responses is (table {@code praise_recipient}, which intake's answer
 * routing reads): set by admins, every change in the settings audit.
 */
@Component
public class PraiseRecipients {

  static final String AUDIT_SECTION = "praise";

  private final JdbcClient jdbc;
  private final Teams users;
  private final SettingsAudit audit;
  private final Clock clock;

  PraiseRecipients(JdbcClient jdbc, Teams users, SettingsAudit audit, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every employee code with its user, by code. */
  @Transactional(readOnly = true)
  public List<Recipient> all() {
    return jdbc.sql("select employee_code, user_id from praise_recipient order by employee_code")
        .query((rs, row) -> new Recipient(rs.getString("employee_code"), rs.getString("user_id"))).list();
  }

  /** The employee codes that are this user. */
  @Transactional(readOnly = true)
  public List<String> codesOf(String userId) {
    return jdbc.sql("select employee_code from praise_recipient where user_id = :user order by employee_code")
        .param("user", userId).query(String.class).list();
  }

  /** Makes {@code employeeCode} the user {@code userId}; refused for a blank code or an unknown user. */
  @Transactional
  public void assign(String employeeCode, String userId, String by) {
    String code = employeeCode == null ? "" : employeeCode.strip();
    if (code.isEmpty() || code.length() > 64) {
      throw new InvalidInputException("employeeCode", "must be an employee code of 1-64 characters");
    }
    if (userId == null || userId.isBlank() || !users.exists(userId.strip())) {
      throw new InvalidInputException("userId", "must be a known user");
    }
    String before = userOf(code).orElse(null);
    jdbc.sql("""
            insert into praise_recipient (employee_code, user_id, changed_at, changed_by) values (:code, :user, :at, :by)
            on conflict (employee_code) do update set user_id = :user, changed_at = :at, changed_by = :by
            """)
        .param("code", code).param("user", userId.strip()).param("at", Timestamp.from(clock.instant())).param("by", by).update();
    audit.record(AUDIT_SECTION, by, code, before, userId.strip());
  }

  /** The employee code no longer praises anyone; answers whether it did. */
  @Transactional
  public boolean remove(String employeeCode, String by) {
    Optional<String> before = userOf(employeeCode);
    jdbc.sql("delete from praise_recipient where employee_code = :code").param("code", employeeCode).update();
    before.ifPresent(user -> audit.record(AUDIT_SECTION, by, employeeCode, user, null));
    return before.isPresent();
  }

  private Optional<String> userOf(String employeeCode) {
    return jdbc.sql("select user_id from praise_recipient where employee_code = :code").param("code", employeeCode)
        .query(String.class).optional();
  }

  /** An employee code and the user it is. */
  public record Recipient(String employeeCode, String userId) {}
}
