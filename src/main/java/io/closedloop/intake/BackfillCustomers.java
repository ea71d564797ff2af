package io.closedloop.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customers of a backfill chunk, set-wise: new ones registered, and what a chunk gives known
 * ones differently recorded in their history and applied as {@link IntakeSettings#customerUpdates()}
 * says, as {@link RegisteringCustomer} treats the customer of one response. Reads the chunk's
 * {@code import_winner} table (see {@link BackfillStaging}).
 */
final class BackfillCustomers {

  /** The details each customer of a chunk comes with: per detail the latest row's value that has one, and that row. */
  private static final String CHUNK_CUSTOMERS = """
      create temp table import_customer on commit drop as
      select customer_external_id as external_id,
             (array_agg(customer_name order by row_no desc) filter (where customer_name is not null))[1] as name,
             (array_agg(id order by row_no desc) filter (where customer_name is not null))[1] as name_from,
             (array_agg(customer_email order by row_no desc) filter (where customer_email is not null))[1] as email,
             (array_agg(id order by row_no desc) filter (where customer_email is not null))[1] as email_from,
             (array_agg(customer_phone order by row_no desc) filter (where customer_phone is not null))[1] as phone,
             (array_agg(id order by row_no desc) filter (where customer_phone is not null))[1] as phone_from,
             (array_agg(customer_segment order by row_no desc) filter (where customer_segment is not null))[1] as segment,
             (array_agg(id order by row_no desc) filter (where customer_segment is not null))[1] as segment_from,
             (array_agg(customer_preference order by row_no desc) filter (where customer_preference is not null))[1] as service_preference,
             (array_agg(id order by row_no desc) filter (where customer_preference is not null))[1] as service_preference_from,
             (array_agg(customer_owner order by row_no desc) filter (where customer_owner is not null))[1] as account_owner,
             (array_agg(id order by row_no desc) filter (where customer_owner is not null))[1] as account_owner_from
      from import_winner group by customer_external_id
      """;
  /** Each detail a chunk gives a known customer differently, with the row that gave it; before the customers change. */
  private static final String CUSTOMER_CHANGES = """
      insert into customer_change (id, customer_id, field, before_value, after_value, applied, response_id,
                                   response_external_id, posted_by, changed_at)
      select gen_random_uuid(), c.id, d.field, d.before, d.after, :apply or d.before is null, w.id, w.external_id, :postedBy, :now
      from import_customer i
      join customer c on c.external_id = i.external_id
      cross join lateral (values
          ('name', c.name, i.name, i.name_from),
          ('email', c.email, i.email, i.email_from),
          ('phone', c.phone, i.phone, i.phone_from),
          ('segment', c.segment, i.segment, i.segment_from),
          ('servicePreference', c.service_preference, i.service_preference, i.service_preference_from),
          ('accountOwner', c.account_owner, i.account_owner, i.account_owner_from)
      ) d(field, before, after, source)
      join import_winner w on w.id = d.source
      where d.after is not null and d.after is distinct from d.before
      """;
  private static final List<String> CUSTOMER_DETAILS = List.of("name", "email", "phone", "segment", "service_preference", "account_owner");

  private final JdbcClient jdbc;
  private final IntakeSettings settings;

  BackfillCustomers(JdbcClient jdbc, IntakeSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /**
   * Registers the chunk's new customers and records what it gives known customers differently in
   * their history, applying it as {@link IntakeSettings#customerUpdates()} says. Differences between
   * rows of one chunk are not recorded: a detail's latest row speaks for the chunk.
   */
  void store(Instant now, String postedBy) {
    CustomerUpdates rule = settings.customerUpdates();
    jdbc.sql("drop table if exists import_customer").update();
    jdbc.sql(CHUNK_CUSTOMERS).update();
    jdbc.sql(CUSTOMER_CHANGES).param("apply", rule == CustomerUpdates.APPLY).param("postedBy", postedBy)
        .param("now", Timestamp.from(now)).update();
    jdbc.sql(upsert(rule)).param("now", Timestamp.from(now)).update();
  }

  /** New customers inserted; known ones take a chunk's details where the rule lets them, and fill in what they lack. */
  private static String upsert(CustomerUpdates rule) {
    String columns = String.join(", ", CUSTOMER_DETAILS);
    StringBuilder sql = new StringBuilder("insert into customer (id, external_id, ").append(columns).append(", created_at, updated_at)\n")
        .append("select gen_random_uuid(), external_id, ").append(columns).append(", :now, :now from import_customer\n")
        .append("on conflict (external_id) do update set\n");
    for (String column : CUSTOMER_DETAILS) {
      sql.append("  ").append(column).append(" = ").append(rule == CustomerUpdates.APPLY
          ? "coalesce(excluded." + column + ", customer." + column + ")"
          : "coalesce(customer." + column + ", excluded." + column + ")").append(",\n");
    }
    return sql.append("  updated_at = excluded.updated_at").toString();
  }
}
