-- The outer loop: ideas with owners, votes and a timeline; improvement cycles with agenda, choices and evaluations.
alter table idea add column owner varchar(64);
alter table idea add column due_at timestamptz;
alter table idea add column done_at timestamptz;
alter table idea add column reason text;
alter table idea add column merged_into uuid references idea (id);
alter table idea add column proposed_in_cycle uuid;
alter table idea add column meeting_group varchar(100);
alter table idea add column plan text;
alter table idea add column version bigint not null default 0;

-- The working group of a long-term idea: 2-4 people.
create table idea_member (
    idea_id uuid        not null references idea (id),
    user_id varchar(64) not null,
    primary key (idea_id, user_id)
);

-- Every state change of an idea.
create table idea_event (
    id      bigserial primary key,
    idea_id uuid        not null references idea (id),
    at      timestamptz not null,
    actor   varchar(64) not null,
    type    varchar(40) not null,
    detail  text
);
create index idea_event_idea on idea_event (idea_id, at);

create table improvement_cycle (
    id               uuid primary key,
    number           int unique,
    status           varchar(20) not null,
    trigger          varchar(20) not null,
    started_at       timestamptz not null,
    started_by       varchar(64) not null,
    previous_at      timestamptz,
    meeting_closed_at timestamptz,
    selected_at      timestamptz,
    selected_by      varchar(64),
    override_reason  text,
    closed_at        timestamptz,
    note             text
);
create index improvement_cycle_started on improvement_cycle (started_at desc);
-- At most one cycle runs at a time (meeting or selection); the index refuses a second.
create unique index improvement_cycle_one_running on improvement_cycle ((true)) where status in ('MEETING', 'SELECTING');

alter table idea add constraint idea_proposed_in_cycle foreign key (proposed_in_cycle) references improvement_cycle (id);

-- One vote per person per idea per cycle; a vote counts for the cycle whose selection it feeds.
create table idea_vote (
    idea_id      uuid        not null references idea (id),
    voter        varchar(64) not null,
    cycle_number int         not null,
    cast_at      timestamptz not null,
    primary key (idea_id, voter, cycle_number)
);
create index idea_vote_cycle on idea_vote (cycle_number, idea_id);

-- The agenda a cycle starts with, stored as prepared.
create table cycle_agenda_item (
    id         bigserial primary key,
    cycle_id   uuid        not null references improvement_cycle (id),
    kind       varchar(30) not null, -- NEW_IDEA, ROOT_CAUSE, DUE_FOR_EVALUATION
    position   int         not null,
    idea_id    uuid references idea (id),
    root_cause varchar(100),
    cases      int
);
create index cycle_agenda_item_cycle on cycle_agenda_item (cycle_id, kind, position);

-- What the selection rule proposed and what the facilitator chose.
create table cycle_choice (
    cycle_id uuid        not null references improvement_cycle (id),
    idea_id  uuid        not null references idea (id),
    kind     varchar(10) not null, -- RULE or CHOSEN
    position int         not null,
    votes    int         not null,
    primary key (cycle_id, idea_id, kind)
);

-- A chosen idea evaluated at the next cycle: implemented or not, and the touchpoint's NPS around its done date.
create table idea_evaluation (
    id                uuid primary key,
    idea_id           uuid        not null references idea (id),
    cycle_id          uuid        not null references improvement_cycle (id),
    implemented       boolean     not null,
    effect            text,
    touchpoint        varchar(64),
    done_at           timestamptz,
    responses_before  int,
    nps_before        numeric(5, 1),
    responses_after   int,
    nps_after         numeric(5, 1),
    evaluated_at      timestamptz not null,
    evaluated_by      varchar(64) not null,
    unique (idea_id, cycle_id)
);
