-- Re-surveys (io.closedloop.resurvey): a while after a case closes, its customer gets one question by
-- mail through a signed, single-use, expiring link. The answer is a response of its own (intake's
-- table), marked as following up the case, so that it shows with the customer's other answers, can
-- open a case, and is erased with them; the NPS figures leave it out unless
-- closedloop.resurvey.count-in-nps is on.
alter table response add column follows_up_case uuid references detractor_case (id);
create index response_follows_up_case on response (follows_up_case) where follows_up_case is not null;

-- The daily NPS rollup keeps follow-up answers apart, so a query can count them in or leave them out.
alter table nps_daily add column follow_up boolean not null default false;
alter table nps_daily drop constraint nps_daily_pkey;
alter table nps_daily add primary key (dim, day, team, key, follow_up);

create or replace function nps_daily_apply(r response, sign int) returns void language plpgsql as $$
declare
    d date := (r.answered_at at time zone 'UTC')::date;
    t varchar := coalesce(r.team, '');
    f boolean := r.follows_up_case is not null;
    p int := case when r.category = 'PROMOTER' then sign else 0 end;
    q int := case when r.category = 'PASSIVE' then sign else 0 end;
    x int := case when r.category = 'DETRACTOR' then sign else 0 end;
begin
    insert into nps_daily as n (dim, day, team, key, follow_up, responses, promoters, passives, detractors)
    values ('total', d, t, '', f, sign, p, q, x),
           ('touchpoint', d, t, coalesce(r.touchpoint, ''), f, sign, p, q, x),
           ('team', d, t, t, f, sign, p, q, x),
           ('employee', d, t, coalesce(r.employee, ''), f, sign, p, q, x),
           ('product', d, t, coalesce(r.product, ''), f, sign, p, q, x),
           ('country', d, t, coalesce(r.country, ''), f, sign, p, q, x),
           ('segment', d, t, coalesce(r.segment, ''), f, sign, p, q, x)
    on conflict (dim, day, team, key, follow_up) do update set
        responses = n.responses + excluded.responses,
        promoters = n.promoters + excluded.promoters,
        passives = n.passives + excluded.passives,
        detractors = n.detractors + excluded.detractors;
end $$;

drop trigger nps_daily_on_response on response;
create trigger nps_daily_on_response
    after delete or update of category, answered_at, touchpoint, team, employee, product, country, segment, follows_up_case
    on response for each row execute function nps_daily_on_response();

create or replace function nps_daily_on_insert() returns trigger language plpgsql as $$
begin
    insert into nps_daily as n (dim, day, team, key, follow_up, responses, promoters, passives, detractors)
    select k.dim, r.day, r.team, k.key, r.follow_up, count(*),
           count(*) filter (where r.category = 'PROMOTER'),
           count(*) filter (where r.category = 'PASSIVE'),
           count(*) filter (where r.category = 'DETRACTOR')
    from (select (answered_at at time zone 'UTC')::date as day, coalesce(team, '') as team, category,
                 touchpoint, employee, product, country, segment, follows_up_case is not null as follow_up
          from inserted) r
    cross join lateral (values ('total', ''), ('touchpoint', coalesce(r.touchpoint, '')), ('team', r.team),
                               ('employee', coalesce(r.employee, '')), ('product', coalesce(r.product, '')),
                               ('country', coalesce(r.country, '')), ('segment', coalesce(r.segment, ''))) as k (dim, key)
    group by k.dim, r.day, r.team, k.key, r.follow_up
    order by k.dim, r.day, r.team, k.key, r.follow_up
    on conflict (dim, day, team, key, follow_up) do update set
        responses = n.responses + excluded.responses,
        promoters = n.promoters + excluded.promoters,
        passives = n.passives + excluded.passives,
        detractors = n.detractors + excluded.detractors;
    return null;
end $$;

create or replace function nps_daily_rebuild() returns void language plpgsql as $$
begin
    delete from nps_daily;
    insert into nps_daily (dim, day, team, key, follow_up, responses, promoters, passives, detractors)
    select k.dim, r.day, r.team, k.key, r.follow_up, count(*),
           count(*) filter (where r.category = 'PROMOTER'),
           count(*) filter (where r.category = 'PASSIVE'),
           count(*) filter (where r.category = 'DETRACTOR')
    from (select (answered_at at time zone 'UTC')::date as day, coalesce(team, '') as team, category,
                 touchpoint, employee, product, country, segment, follows_up_case is not null as follow_up
          from response) r
    cross join lateral (values ('total', ''), ('touchpoint', coalesce(r.touchpoint, '')), ('team', r.team),
                               ('employee', coalesce(r.employee, '')), ('product', coalesce(r.product, '')),
                               ('country', coalesce(r.country, '')), ('segment', coalesce(r.segment, ''))) as k (dim, key)
    group by k.dim, r.day, r.team, k.key, r.follow_up;
end $$;

-- One re-survey per closed case: when its mail was queued, until when its link is good, and what came of it.
create table re_survey (
    id                uuid primary key,
    case_id           uuid        not null unique references detractor_case (id),
    customer_id       uuid        not null references customer (id),
    language          varchar(2)  not null, -- of the mail and the page: da or en
    sent_at           timestamptz not null,
    expires_at        timestamptz not null,
    answered_at       timestamptz, -- set once: the link is single-use
    response_id       uuid unique references response (id), -- the answer, a response that follows up the case
    follow_up_case_id uuid references detractor_case (id) -- the case a detractor answer opened
);
create index re_survey_sent_at on re_survey (sent_at);
create index re_survey_customer on re_survey (customer_id);
