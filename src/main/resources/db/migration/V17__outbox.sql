-- Outbox (io.closedloop.outbox): every mail and webhook call that leaves ClosedLoop, written in the
-- transaction of the change that caused it and sent afterwards by a worker, at least once. The id is
-- the message's stable identity outside: the mail's Message-ID and the webhook's webhook-id.
create table outbox_message (
    id                   uuid primary key,
    channel              varchar(10)  not null, -- MAIL or WEBHOOK
    topic                varchar(40)  not null, -- what it is about, e.g. CLOSE_THE_LOOP, RE_SURVEY, ALERT, DIGEST, case.resolved
    case_id              uuid, -- the case it is about, if any (timeline, erasure)
    customer_id          uuid, -- the customer it goes to or is about, if any (erasure)
    recipient_user       varchar(64), -- the staff member a mail goes to, if any
    recipient            varchar(2000) not null, -- a mail address or a webhook URL
    endpoint_id          uuid, -- the webhook endpoint whose secret signs it
    subject              varchar(500),
    body                 text, -- null once erased
    content_type         varchar(100) not null,
    unsubscribe_url      varchar(2000), -- mail to customers: List-Unsubscribe
    status               varchar(10)  not null, -- QUEUED, SENT, FAILED, KEPT (no SMTP server configured)
    attempts             int          not null default 0,
    not_before           timestamptz  not null, -- not sent before this: quiet hours, a digest's time, or the next retry
    give_up_at           timestamptz  not null, -- after this a failing message is FAILED for good
    locked_until         timestamptz, -- a worker is sending it until then
    last_error           varchar(1000),
    created_at           timestamptz  not null,
    sent_at              timestamptz,
    erased_at            timestamptz
);
create index outbox_message_due on outbox_message (not_before) where status = 'QUEUED';
create index outbox_message_case on outbox_message (case_id) where case_id is not null;
create index outbox_message_customer on outbox_message (customer_id) where customer_id is not null;
create index outbox_message_endpoint on outbox_message (endpoint_id, created_at) where endpoint_id is not null;
create index outbox_message_created on outbox_message (created_at);

-- Each try to send a message: when, and what came back.
create table outbox_attempt (
    id          bigserial primary key,
    message_id  uuid         not null references outbox_message (id) on delete cascade,
    at          timestamptz  not null,
    succeeded   boolean      not null,
    status_code int, -- a webhook's HTTP status
    error       varchar(1000)
);
create index outbox_attempt_message on outbox_attempt (message_id, at);
