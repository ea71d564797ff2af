package io.closedloop.bench;

/**
 * Seeded answers written straight into {@code customer} and {@code response} with SQL, for the
 * benchmarks that need years of history: more answers recently, touchpoints with their own mood,
 * customers answering more than once. Ids and external ids start with the prefix, which is also
 * the responses' {@code content_hash}; run {@code setseed} first for the same data every time.
 */
final class GeneratedAnswers {

  private GeneratedAnswers() {}

  /** {@code count} customers, {@code <prefix>-customer-1} onwards, spread over the segments. */
  static String customers(String prefix, int count) {
    return """
        insert into customer (id, external_id, name, segment, created_at, updated_at)
        select md5('%1$s-customer-' || i)::uuid, '%1$s-customer-' || i, 'Customer ' || i,
               (array['smb', 'smb', 'enterprise', 'consumer', 'consumer', 'public'])[1 + (i %% 6)], now(), now()
        from generate_series(1, %2$d) i
        """.formatted(prefix, count);
  }

  /**
   * {@code responses} answers of those customers; {@code team} is an SQL expression over the
   * touchpoint's number {@code tp} and the employee's {@code employee}, {@code answeredAt} one that
   * spreads the answers over time with {@code random()}.
   */
  static String responses(String prefix, int customers, int responses, String team, String answeredAt) {
    return """
        insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team, employee,
                              product, country, language, customer_id, content_hash, segment)
        select md5('%1$s-response-' || i)::uuid, '%1$s-response-' || i, score,
               case when score <= 6 then 'DETRACTOR' when score <= 8 then 'PASSIVE' else 'PROMOTER' end,
               'Answer ' || i, answered_at, answered_at, touchpoint, %2$s, 'employee-' || employee,
               product, country, 'da', md5('%1$s-customer-' || customer)::uuid, '%1$s',
               (array['smb', 'smb', 'enterprise', 'consumer', 'consumer', 'public'])[1 + (customer %% 6)]
        from (
          select x.*, t.touchpoint,
                 case when x.r < t.mood then floor(x.r2 * 7)::int
                      when x.r < t.mood + 0.3 then 7 + floor(x.r2 * 2)::int
                      else 9 + floor(x.r2 * 2)::int end as score
          from (select i, random() as r, random() as r2, floor(random() * 8)::int as tp, floor(random() * 100)::int as employee,
                       1 + floor(random() * %3$d)::int as customer,
                       %4$s as answered_at,
                       (array['subscription', 'hardware', 'support-plan', 'app', 'invoice-service', 'onboarding-kit'])[1 + floor(random() * 6)::int] as product,
                       (array['DK', 'DK', 'DK', 'NO', 'SE', 'DE'])[1 + floor(random() * 6)::int] as country
                from generate_series(1, %5$d) i) x
          cross join lateral (select (array['website', 'customer-service', 'store', 'onboarding', 'invoice', 'chat', 'delivery', 'app'])[1 + x.tp] as touchpoint,
                                     (array[0.32, 0.18, 0.10, 0.22, 0.28, 0.25, 0.20, 0.15])[1 + x.tp] as mood) t
        ) g
        """.formatted(prefix, team, customers, answeredAt, responses);
  }
}
