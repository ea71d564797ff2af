-- Reference data registered on first use: touchpoints, teams, employees, products, countries, segments.
create table reference_code (
    kind       varchar(20)  not null,
    code       varchar(64)  not null,
    label      varchar(200) not null,
    created_at timestamptz  not null default now(),
    primary key (kind, code)
);

create table customer (
    id                 uuid primary key,
    external_id        varchar(200) not null unique,
    name               varchar(200),
    email              varchar(320),
    phone              varchar(40),
    segment            varchar(64),
    service_preference varchar(20),
    account_owner      varchar(64),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);

create table response (
    id           uuid primary key,
    external_id  varchar(200) not null unique,
    score        smallint     not null check (score between 0 and 10),
    category     varchar(10)  not null,
    comment      text,
    answered_at  timestamptz  not null,
    received_at  timestamptz  not null,
    touchpoint   varchar(64),
    team         varchar(64),
    employee     varchar(64),
    product      varchar(64),
    country      varchar(2),
    language     varchar(2),
    customer_id  uuid         not null references customer (id),
    content_hash varchar(64)  not null
);
create index response_answered_at on response (answered_at);
create index response_customer on response (customer_id, answered_at);

create table detractor_case (
    id                     uuid primary key,
    response_id            uuid        not null unique references response (id),
    customer_id            uuid        not null references customer (id),
    status                 varchar(20) not null,
    owner                  varchar(64),
    team                   varchar(64),
    priority               varchar(10) not null,
    alarming               boolean     not null default false,
    callback_due           timestamptz,
    escalation_level       int         not null default 0,
    root_cause             varchar(100),
    outcome                varchar(30),
    close_the_loop_message text,
    notes                  text,
    created_at             timestamptz not null,
    first_reached_at       timestamptz,
    closed_at              timestamptz,
    version                bigint      not null default 0
);
create index detractor_case_owner on detractor_case (owner, status, callback_due);
create index detractor_case_team on detractor_case (team, status, callback_due);
create index detractor_case_status on detractor_case (status, callback_due);
create index detractor_case_customer on detractor_case (customer_id);

create table case_event (
    id      bigserial primary key,
    case_id uuid        not null references detractor_case (id),
    at      timestamptz not null,
    actor   varchar(64) not null,
    type    varchar(40) not null,
    detail  text
);
create index case_event_case on case_event (case_id, at);
