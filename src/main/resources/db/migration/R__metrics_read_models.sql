-- The metrics' read models, kept correct by triggers in the same transaction as the writes (tables:
-- V6, V7, V21). This file holds the current definition of every function and trigger that fills them;
-- the earlier versions in V6, V8, V9 and V21 are history. Flyway runs it after the versioned migrations
-- whenever it changes, so each statement can run again: functions are replaced, triggers recreated.
-- Described in docs/metrics.md.

-- The segment the customer had when answering, so that rollup and drill-down agree; looked up only
-- when the insert does not bring it.
create or replace function response_take_segment() returns trigger language plpgsql as $$
begin
    if new.segment is null then
        select segment into new.segment from customer where id = new.customer_id;
    end if;
    return new;
end $$;

drop trigger if exists response_take_segment on response;
create trigger response_take_segment before insert on response
    for each row when (new.segment is null) execute function response_take_segment();

-- nps_daily: counts of responses per UTC day, team (the response's; '' when none), cut and whether
-- the response follows up a case. dim is 'total' (key '') or the name of a cut (key = its code, ''
-- when none). The categories are the ones stored with each response (io.closedloop.nps.Nps).

-- The seven rows one response adds to the rollup (sign 1) or takes from it (sign -1): the one
-- place of the cuts, used by the per-row trigger, the per-statement trigger and the rebuild.
create or replace function nps_daily_rows(r response, sign int) returns setof nps_daily language sql immutable as $$
    select k.dim, (r.answered_at at time zone 'UTC')::date, coalesce(r.team, ''), k.key, sign,
           case when r.category = 'PROMOTER' then sign else 0 end,
           case when r.category = 'PASSIVE' then sign else 0 end,
           case when r.category = 'DETRACTOR' then sign else 0 end,
           r.follows_up_case is not null
    from (values ('total', ''), ('touchpoint', coalesce(r.touchpoint, '')), ('team', coalesce(r.team, '')),
                 ('employee', coalesce(r.employee, '')), ('product', coalesce(r.product, '')),
                 ('country', coalesce(r.country, '')), ('segment', coalesce(r.segment, ''))) as k (dim, key)
$$;

-- Adds (or, with sign -1, removes) one response; updates and deletes of responses go through it row by row.
create or replace function nps_daily_apply(r response, sign int) returns void language plpgsql as $$
begin
    insert into nps_daily as n
    select * from nps_daily_rows(r, sign)
    on conflict (dim, day, team, key, follow_up) do update set
        responses = n.responses + excluded.responses,
        promoters = n.promoters + excluded.promoters,
        passives = n.passives + excluded.passives,
        detractors = n.detractors + excluded.detractors;
end $$;

create or replace function nps_daily_on_response() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform nps_daily_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform nps_daily_apply(new, 1);
    end if;
    return null;
end $$;

drop trigger if exists nps_daily_on_response on response;
create trigger nps_daily_on_response
    after delete or update of category, answered_at, touchpoint, team, employee, product, country, segment, follows_up_case
    on response for each row execute function nps_daily_on_response();

-- Inserted responses are added once per statement, summed per row of the rollup, so that a backfill
-- of a million rows aggregates them set-wise. Rows are locked in key order, so concurrent inserts
-- never wait on each other in a cycle.
create or replace function nps_daily_on_insert() returns trigger language plpgsql as $$
begin
    insert into nps_daily as n
    select x.dim, x.day, x.team, x.key, sum(x.responses), sum(x.promoters), sum(x.passives), sum(x.detractors), x.follow_up
    from inserted r cross join lateral nps_daily_rows(r, 1) x
    group by x.dim, x.day, x.team, x.key, x.follow_up
    order by x.dim, x.day, x.team, x.key, x.follow_up
    on conflict (dim, day, team, key, follow_up) do update set
        responses = n.responses + excluded.responses,
        promoters = n.promoters + excluded.promoters,
        passives = n.passives + excluded.passives,
        detractors = n.detractors + excluded.detractors;
    return null;
end $$;

drop trigger if exists nps_daily_on_insert on response;
create trigger nps_daily_on_insert after insert on response
    referencing new table as inserted for each statement execute function nps_daily_on_insert();

-- Rebuilds the rollup from the responses (after bulk loads that bypass the triggers).
create or replace function nps_daily_rebuild() returns void language plpgsql as $$
begin
    delete from nps_daily;
    insert into nps_daily
    select x.dim, x.day, x.team, x.key, sum(x.responses), sum(x.promoters), sum(x.passives), sum(x.detractors), x.follow_up
    from response r cross join lateral nps_daily_rows(r, 1) x
    group by x.dim, x.day, x.team, x.key, x.follow_up;
end $$;

-- case_fact: one row per case with everything the closed-loop figures cut and measure.

-- Writes the fact row of one case (only_case), or of every case (null), from the case and its
-- response; an existing row takes the case's columns and keeps the response's and the next answer.
create or replace function case_fact_load(only_case uuid) returns void language plpgsql as $$
begin
    insert into case_fact as f (case_id, created_at, day, team, owner, touchpoint, employee, product, country, segment,
                                customer_id, answered_at, callback_due, first_reached_at, closed_at, status, escalated,
                                root_cause, next_answer_at, next_category)
    select c.id, c.created_at, (c.created_at at time zone 'UTC')::date, coalesce(c.team, ''), coalesce(c.owner, ''),
           coalesce(c.touchpoint, r.touchpoint, ''), coalesce(r.employee, ''), coalesce(r.product, ''),
           coalesce(r.country, ''), coalesce(r.segment, ''), r.customer_id, r.answered_at, c.callback_due,
           c.first_reached_at, c.closed_at, c.status, c.escalation_level > 0, c.root_cause,
           nx.answered_at, nx.category
    from detractor_case c
    join response r on r.id = c.response_id
    left join lateral (select n.answered_at, n.category from response n
                       where n.customer_id = r.customer_id and n.answered_at > r.answered_at
                       order by n.answered_at limit 1) nx on true
    where only_case is null or c.id = only_case
    on conflict (case_id) do update set
        team = excluded.team, owner = excluded.owner, touchpoint = excluded.touchpoint,
        callback_due = excluded.callback_due, first_reached_at = excluded.first_reached_at,
        closed_at = excluded.closed_at, status = excluded.status, escalated = excluded.escalated,
        root_cause = excluded.root_cause;
end $$;

create or replace function case_fact_upsert(c detractor_case) returns void language plpgsql as $$
begin
    perform case_fact_load(c.id);
end $$;

create or replace function case_fact_on_case() returns trigger language plpgsql as $$
begin
    perform case_fact_upsert(new);
    return null;
end $$;

drop trigger if exists case_fact_on_case on detractor_case;
create trigger case_fact_on_case after insert on detractor_case
    for each row execute function case_fact_on_case();

-- A case's fact row changes only when a column it holds changes, and then in place: the response's
-- columns and the customer's next answer stay as they were. Most updates a case's process makes
-- (plans, reminders, a second escalation level) leave the fact row alone.
create or replace function case_fact_on_case_update() returns trigger language plpgsql as $$
begin
    if new.touchpoint is not null then
        update case_fact set team = coalesce(new.team, ''), owner = coalesce(new.owner, ''), touchpoint = new.touchpoint,
                             callback_due = new.callback_due, first_reached_at = new.first_reached_at,
                             closed_at = new.closed_at, status = new.status, escalated = new.escalation_level > 0,
                             root_cause = new.root_cause
        where case_id = new.id;
        if found then
            return null;
        end if;
    end if;
    perform case_fact_upsert(new);
    return null;
end $$;

drop trigger if exists case_fact_on_case_update on detractor_case;
create trigger case_fact_on_case_update after update on detractor_case
    for each row
    when (old.team is distinct from new.team or old.owner is distinct from new.owner
          or old.touchpoint is distinct from new.touchpoint or old.callback_due is distinct from new.callback_due
          or old.first_reached_at is distinct from new.first_reached_at or old.closed_at is distinct from new.closed_at
          or old.status is distinct from new.status or (old.escalation_level > 0) <> (new.escalation_level > 0)
          or old.root_cause is distinct from new.root_cause)
    execute function case_fact_on_case_update();

-- The next answer of the earlier detractor cases of the customers who answered, looked up afresh
-- once per inserting statement.
create or replace function case_fact_on_insert() returns trigger language plpgsql as $$
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

drop trigger if exists case_fact_on_insert on response;
create trigger case_fact_on_insert after insert on response
    referencing new table as inserted for each statement execute function case_fact_on_insert();

-- Rebuilds the case facts from the cases (after bulk loads that bypass the triggers).
create or replace function case_fact_rebuild() returns void language plpgsql as $$
begin
    delete from case_fact;
    perform case_fact_load(null);
end $$;

-- The in-memory copy of case_fact (metrics' CaseFacts) follows its changes: every insert and update
-- stamps the row with its transaction id, deletions leave a tombstone stamped the same way, and a
-- truncate bumps a generation that makes readers reload.
create or replace function case_fact_stamp() returns trigger language plpgsql as $$
begin
    new.change_txid := pg_current_xact_id()::text::bigint;
    return new;
end $$;

drop trigger if exists case_fact_stamp on case_fact;
create trigger case_fact_stamp before insert or update on case_fact
    for each row execute function case_fact_stamp();

create or replace function case_fact_on_delete() returns trigger language plpgsql as $$
begin
    insert into case_fact_removed (case_id, change_txid) values (old.case_id, pg_current_xact_id()::text::bigint)
    on conflict (case_id) do update set change_txid = excluded.change_txid;
    return null;
end $$;

drop trigger if exists case_fact_on_delete on case_fact;
create trigger case_fact_on_delete after delete on case_fact
    for each row execute function case_fact_on_delete();

create or replace function case_fact_on_truncate() returns trigger language plpgsql as $$
begin
    update case_fact_generation set generation = generation + 1;
    delete from case_fact_removed;
    return null;
end $$;

drop trigger if exists case_fact_on_truncate on case_fact;
create trigger case_fact_on_truncate after truncate on case_fact
    for each statement execute function case_fact_on_truncate();
