-- How each person gets alarms, assignments, reminders and escalations by mail (notifications/mail/AlertMailSettings):
-- at once, in a daily digest, or not at all; alarms at any hour or in working time only; and optionally their own
-- working time, used instead of their team's calendar (the team's country and closing days still count).
create table alert_mail_setting (
    user_id           varchar(64) primary key,
    mode              varchar(16) not null check (mode in ('IMMEDIATE', 'DIGEST', 'OFF')),
    alarms_any_hour   boolean     not null default false,
    working_days      varchar(64),
    opens_at          time,
    closes_at         time,
    zone              varchar(64),
    updated_at        timestamptz not null,
    check ((working_days is null) = (opens_at is null) and (opens_at is null) = (closes_at is null)
           and (closes_at is null) = (zone is null))
);

-- Alerts waiting for their recipient's digest (notifications/mail/DigestItems): each is deleted in the transaction
-- that queues the digest mail listing it, and erased with its case (notifications/mail/DigestPersonalData).
create table alert_digest_item (
    id              uuid primary key,
    user_id         varchar(64) not null,
    notification_id uuid        not null,
    case_id         uuid,
    type            varchar(32) not null,
    message         text        not null,
    message_key     varchar(100),
    message_args    text[],
    created_at      timestamptz not null,
    due_at          timestamptz not null
);
create index alert_digest_item_due on alert_digest_item (due_at, user_id);
create index alert_digest_item_user on alert_digest_item (user_id, due_at);
create index alert_digest_item_case on alert_digest_item (case_id) where case_id is not null;
