-- Read models of the metrics, kept correct by triggers in the same transaction as the writes:
-- the customer's segment on each response, a daily NPS rollup per cut, and one fact row per case.

-- The segment the customer had when answering, so that rollup and drill-down agree.
alter table response add column segment varchar(64);
update response r set segment = c.segment from customer c where c.id = r.customer_id;

create function response_take_segment() returns trigger language plpgsql as $$
begin
    if new.segment is null then
        select segment into new.segment from customer where id = new.customer_id;
    end if;
    return new;
end $$;

create trigger response_take_segment before insert on response
    for each row execute function response_take_segment();

-- Counts of responses per UTC day, per team (the response's; '' when none), per cut.
-- dim is 'total' (key '') or the name of the cut (key = its code, '' when none).
create table nps_daily (
    dim        varchar(12) not null,
    day        date        not null,
    team       varchar(64) not null,
    key        varchar(64) not null,
    responses  int         not null,
    promoters  int         not null,
    passives   int         not null,
    detractors int         not null,
    primary key (dim, day, team, key)
);

create function nps_daily_apply(r response, sign int) returns void language plpgsql as $$
declare
    d date := (r.answered_at at time zone 'UTC')::date;
    t varchar := coalesce(r.team, '');
    p int := case when r.category = 'PROMOTER' then sign else 0 end;
    q int := case when r.category = 'PASSIVE' then sign else 0 end;
    x int := case when r.category = 'DETRACTOR' then sign else 0 end;
begin
    insert into nps_daily as n (dim, day, team, key, responses, promoters, passives, detractors)
    values ('total', d, t, '', sign, p, q, x),
           ('touchpoint', d, t, coalesce(r.touchpoint, ''), sign, p, q, x),
           ('team', d, t, t, sign, p, q, x),
           ('employee', d, t, coalesce(r.employee, ''), sign, p, q, x),
           ('product', d, t, coalesce(r.product, ''), sign, p, q, x),
           ('country', d, t, coalesce(r.country, ''), sign, p, q, x),
           ('segment', d, t, coalesce(r.segment, ''), sign, p, q, x)
    on conflict (dim, day, team, key) do update set
        responses = n.responses + excluded.responses,
        promoters = n.promoters + excluded.promoters,
        passives = n.passives + excluded.passives,
        detractors = n.detractors + excluded.detractors;
end $$;

create function nps_daily_on_response() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform nps_daily_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform nps_daily_apply(new, 1);
    end if;
    return null;
end $$;

create trigger nps_daily_on_response
    after insert or delete or update of category, answered_at, touchpoint, team, employee, product, country, segment
    on response for each row execute function nps_daily_on_response();

-- Rebuilds the rollup from the responses (used below, and after bulk loads that bypass the trigger).
create function nps_daily_rebuild() returns void language plpgsql as $$
begin
    delete from nps_daily;
    insert into nps_daily (dim, day, team, key, responses, promoters, passives, detractors)
    select k.dim, r.day, r.team, k.key, count(*),
           count(*) filter (where r.category = 'PROMOTER'),
           count(*) filter (where r.category = 'PASSIVE'),
           count(*) filter (where r.category = 'DETRACTOR')
    from (select (answered_at at time zone 'UTC')::date as day, coalesce(team, '') as team, category,
                 touchpoint, employee, product, country, segment
          from response) r
    cross join lateral (values ('total', ''), ('touchpoint', coalesce(r.touchpoint, '')), ('team', r.team),
                               ('employee', coalesce(r.employee, '')), ('product', coalesce(r.product, '')),
                               ('country', coalesce(r.country, '')), ('segment', coalesce(r.segment, ''))) as k (dim, key)
    group by k.dim, r.day, r.team, k.key;
end $$;

select nps_daily_rebuild();

-- One row per case with everything the closed-loop figures cut and measure: the case's team, owner
-- and touchpoint, the response's employee, product, country and segment, the clock of the loop and
-- the customer's next answer after the detractor's.
create table case_fact (
    case_id             uuid primary key references detractor_case (id) on delete cascade,
    created_at          timestamptz not null,
    day                 date        not null,
    team                varchar(64) not null,
    owner               varchar(64) not null,
    touchpoint          varchar(64) not null,
    employee            varchar(64) not null,
    product             varchar(64) not null,
    country             varchar(64) not null,
    segment             varchar(64) not null,
    customer_id         uuid        not null,
    answered_at         timestamptz not null,
    callback_due        timestamptz,
    first_reached_at    timestamptz,
    closed_at           timestamptz,
    status              varchar(20) not null,
    escalated           boolean     not null,
    root_cause          varchar(100),
    next_answer_at      timestamptz,
    next_category       varchar(10),
    first_contact_hours double precision generated always as (extract(epoch from first_reached_at - created_at) / 3600) stored,
    close_hours         double precision generated always as (extract(epoch from closed_at - created_at) / 3600) stored
);
create index case_fact_day on case_fact (day);
create index case_fact_team_day on case_fact (team, day);
create index case_fact_customer on case_fact (customer_id, answered_at);

create function case_fact_upsert(c detractor_case) returns void language plpgsql as $$
begin
    insert into case_fact as f (case_id, created_at, day, team, owner, touchpoint, employee, product, country, segment,
                                customer_id, answered_at, callback_due, first_reached_at, closed_at, status, escalated,
                                root_cause, next_answer_at, next_category)
    select c.id, c.created_at, (c.created_at at time zone 'UTC')::date, coalesce(c.team, ''), coalesce(c.owner, ''),
           coalesce(c.touchpoint, r.touchpoint, ''), coalesce(r.employee, ''), coalesce(r.product, ''),
           coalesce(r.country, ''), coalesce(r.segment, ''), r.customer_id, r.answered_at, c.callback_due,
           c.first_reached_at, c.closed_at, c.status, c.escalation_level > 0, c.root_cause,
           nx.answered_at, nx.category
    from response r
    left join lateral (select n.answered_at, n.category from response n
                       where n.customer_id = r.customer_id and n.answered_at > r.answered_at
                       order by n.answered_at limit 1) nx on true
    where r.id = c.response_id
    on conflict (case_id) do update set
        team = excluded.team, owner = excluded.owner, touchpoint = excluded.touchpoint,
        callback_due = excluded.callback_due, first_reached_at = excluded.first_reached_at,
        closed_at = excluded.closed_at, status = excluded.status, escalated = excluded.escalated,
        root_cause = excluded.root_cause;
end $$;

create function case_fact_on_case() returns trigger language plpgsql as $$
begin
    perform case_fact_upsert(new);
    return null;
end $$;

create trigger case_fact_on_case after insert or update on detractor_case
    for each row execute function case_fact_on_case();

-- A new answer of a customer becomes the next answer of their earlier detractor cases it follows first.
create function case_fact_on_response() returns trigger language plpgsql as $$
begin
    update case_fact f set next_answer_at = new.answered_at, next_category = new.category
    where f.customer_id = new.customer_id and f.answered_at < new.answered_at
      and (f.next_answer_at is null or f.next_answer_at > new.answered_at);
    return null;
end $$;

create trigger case_fact_on_response after insert on response
    for each row execute function case_fact_on_response();

-- Rebuilds the case facts from the cases (used below, and after bulk loads that bypass the trigger).
create function case_fact_rebuild() returns void language plpgsql as $$
begin
    delete from case_fact;
    insert into case_fact (case_id, created_at, day, team, owner, touchpoint, employee, product, country, segment,
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
                       order by n.answered_at limit 1) nx on true;
end $$;

select case_fact_rebuild();
