-- Inserted responses update the metrics' read models once per statement instead of once per row,
-- so that a backfill of a million rows aggregates them set-wise. Updates and deletes stay per row.

drop trigger nps_daily_on_response on response;

create trigger nps_daily_on_response
    after delete or update of category, answered_at, touchpoint, team, employee, product, country, segment
    on response for each row execute function nps_daily_on_response();

-- Rows are locked in key order, so concurrent inserts never wait on each other in a cycle.
create function nps_daily_on_insert() returns trigger language plpgsql as $$
begin
    insert into nps_daily as n (dim, day, team, key, responses, promoters, passives, detractors)
    select k.dim, r.day, r.team, k.key, count(*),
           count(*) filter (where r.category = 'PROMOTER'),
           count(*) filter (where r.category = 'PASSIVE'),
           count(*) filter (where r.category = 'DETRACTOR')
    from (select (answered_at at time zone 'UTC')::date as day, coalesce(team, '') as team, category,
                 touchpoint, employee, product, country, segment
          from inserted) r
    cross join lateral (values ('total', ''), ('touchpoint', coalesce(r.touchpoint, '')), ('team', r.team),
                               ('employee', coalesce(r.employee, '')), ('product', coalesce(r.product, '')),
                               ('country', coalesce(r.country, '')), ('segment', coalesce(r.segment, ''))) as k (dim, key)
    group by k.dim, r.day, r.team, k.key
    order by k.dim, r.day, r.team, k.key
    on conflict (dim, day, team, key) do update set
        responses = n.responses + excluded.responses,
        promoters = n.promoters + excluded.promoters,
        passives = n.passives + excluded.passives,
        detractors = n.detractors + excluded.detractors;
    return null;
end $$;

create trigger nps_daily_on_insert after insert on response
    referencing new table as inserted for each statement execute function nps_daily_on_insert();

-- The next answer of the earlier detractor cases of the customers who answered, looked up afresh.
drop trigger case_fact_on_response on response;
drop function case_fact_on_response();

create function case_fact_on_insert() returns trigger language plpgsql as $$
begin
    update case_fact f set next_answer_at = nx.answered_at, next_category = nx.category
    from (select distinct customer_id from inserted) answered
    cross join lateral (select c.case_id, c.answered_at from case_fact c where c.customer_id = answered.customer_id) earlier
    cross join lateral (select n.answered_at, n.category from response n
                        where n.customer_id = answered.customer_id and n.answered_at > earlier.answered_at
                        order by n.answered_at limit 1) nx
    where f.case_id = earlier.case_id
      and (f.next_answer_at is distinct from nx.answered_at or f.next_category is distinct from nx.category);
    return null;
end $$;

create trigger case_fact_on_insert after insert on response
    referencing new table as inserted for each statement execute function case_fact_on_insert();

-- The segment is looked up only when the insert does not bring it.
drop trigger response_take_segment on response;
create trigger response_take_segment before insert on response
    for each row when (new.segment is null) execute function response_take_segment();
