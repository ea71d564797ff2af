-- Every answer goes somewhere (intake's answer-routing decision).

-- One open case per customer: a later answer of a customer with an open case joins that case
-- (io.closedloop.cases.JoiningOpenCase). The answer's comment stays in response.comment, so it is
-- erased with the customer's other answers.
create table case_answer (
    response_id uuid        primary key references response (id),
    case_id     uuid        not null references detractor_case (id),
    joined_at   timestamptz not null
);
create index case_answer_case on case_answer (case_id, joined_at);
create index detractor_case_open_customer on detractor_case (customer_id) where status in ('OPEN', 'IN_PROGRESS');

-- Praise (io.closedloop.praise): which user an employee code of the responses is, set by admins ...
create table praise_recipient (
    employee_code varchar(64) primary key,
    user_id       varchar(64) not null,
    changed_at    timestamptz not null,
    changed_by    varchar(64) not null
);
create index praise_recipient_user on praise_recipient (user_id);

-- ... and the praise each promoter's answer sent to the user its employee is. The words are the
-- response's comment, read from there: erasing the comment erases the praise's text.
create table praise (
    id            uuid primary key,
    response_id   uuid        not null unique references response (id),
    employee_code varchar(64) not null,
    user_id       varchar(64) not null,
    praised_at    timestamptz not null
);
create index praise_user on praise (user_id, praised_at desc);
