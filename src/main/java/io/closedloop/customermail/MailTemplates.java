package io.closedloop.customermail;

import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates of customer mail. A mail uses the template of its kind in the customer's language
 * (Danish or English, else English) and for their service preference, else the template for
 * {@link MailTemplate#ANY} preference. Admins edit them; a template may use only its kind's
 * placeholders.
 */
@Service
public class MailTemplates {

  /** The languages templates are kept in. */
  public static final List<String> LANGUAGES = List.of("en", "da");
  /** The preferences a template may be for. */
  public static final List<String> PREFERENCES = List.of(MailTemplate.ANY, "RELATIONAL", "ACTION_ORIENTED", "FACTUAL");

  private final JdbcClient jdbc;
  private final Clock clock;

  MailTemplates(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The template a customer of this language and preference gets (never null: every kind has an English template for any preference). */
  @Transactional(readOnly = true)
  public MailTemplate forCustomer(MailKind kind, String language, String servicePreference) {
    String lang = LANGUAGES.contains(language) ? language : "en";
    String preference = servicePreference == null ? MailTemplate.ANY : servicePreference;
    return jdbc.sql("""
            select kind, language, service_preference, subject, body from mail_template
            where kind = :kind and language in (:language, 'en') and service_preference in (:preference, 'ANY')
            order by (language = :language) desc, (service_preference = :preference) desc limit 1
            """)
        .param("kind", kind.name()).param("language", lang).param("preference", preference)
        .query((rs, row) -> new MailTemplate(MailKind.valueOf(rs.getString("kind")), rs.getString("language"),
            rs.getString("service_preference"), rs.getString("subject"), rs.getString("body")))
        .single();
  }

  /** The template for the customer with its placeholders filled. */
  public RenderedMail render(MailKind kind, String language, String servicePreference, Map<String, String> values) {
    MailTemplate template = forCustomer(kind, language, servicePreference);
    return new RenderedMail(Placeholders.fill(template.subject(), values).strip(), Placeholders.fill(template.body(), values),
        template.language());
  }

  @Transactional(readOnly = true)
  public List<MailTemplate> all() {
    return jdbc.sql("""
            select kind, language, service_preference, subject, body from mail_template
            order by kind, language, array_position(array['ANY', 'RELATIONAL', 'ACTION_ORIENTED', 'FACTUAL'], service_preference::text)
            """)
        .query((rs, row) -> new MailTemplate(MailKind.valueOf(rs.getString("kind")), rs.getString("language"),
            rs.getString("service_preference"), rs.getString("subject"), rs.getString("body")))
        .list();
  }

  /** Saves a template (new or changed) after checking it; refused with the fields at fault. */
  @Transactional
  public void save(MailTemplate template, String by) {
    List<FieldError> errors = new ArrayList<>();
    if (!LANGUAGES.contains(template.language())) {
      errors.add(new FieldError("language", "must be one of " + LANGUAGES));
    }
    if (!PREFERENCES.contains(template.servicePreference())) {
      errors.add(new FieldError("servicePreference", "must be one of " + PREFERENCES));
    }
    requireText(errors, "subject", template.subject(), 200);
    requireText(errors, "body", template.body(), 10_000);
    errors.addAll(Placeholders.unknown(template.kind(), "subject", template.subject()));
    errors.addAll(Placeholders.unknown(template.kind(), "body", template.body()));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    jdbc.sql("""
            insert into mail_template (kind, language, service_preference, subject, body, updated_at, updated_by)
            values (:kind, :language, :preference, :subject, :body, :at, :by)
            on conflict (kind, language, service_preference) do update set
              subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """)
        .param("kind", template.kind().name()).param("language", template.language())
        .param("preference", template.servicePreference()).param("subject", template.subject().strip())
        .param("body", template.body().replace("\r\n", "\n")).param("at", Timestamp.from(clock.instant())).param("by", by)
        .update();
  }

  private static void requireText(List<FieldError> errors, String field, String text, int max) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (text.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }
}
