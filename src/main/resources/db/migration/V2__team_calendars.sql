-- When each team works; a team without a row works the default calendar (Mon-Fri 08:00-16:00 Europe/Copenhagen, DK).
create table team_calendar (
    team         varchar(64) primary key,
    working_days varchar(64) not null, -- e.g. MON,TUE,WED,THU,FRI
    opens_at     time        not null,
    closes_at    time        not null,
    zone         varchar(64) not null,
    country      varchar(2)  not null,
    updated_at   timestamptz not null,
    updated_by   varchar(64),
    check (opens_at < closes_at)
);

-- Days the whole company (team null) or one team is closed, on top of the public holidays of its country.
create table closing_day (
    id     bigserial primary key,
    day    date         not null,
    team   varchar(64),
    reason varchar(200),
    unique (day, team)
);
-- unique (day, team) treats nulls as distinct: one company closing day per date needs its own index.
create unique index closing_day_company on closing_day (day) where team is null;
