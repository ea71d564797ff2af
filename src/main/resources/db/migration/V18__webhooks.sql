-- Webhooks (io.closedloop.webhooks): the endpoints admins register to hear of cases and ideas as they
-- happen. Their calls are messages of the outbox (outbox_message.endpoint_id), signed with the
-- endpoint's secret; a removed endpoint is kept so that its delivery log stays readable.
create table webhook_endpoint (
    id         uuid primary key,
    url        varchar(2000) not null,
    events     text[]        not null, -- e.g. {case.opened,case.resolved}
    format     varchar(10)   not null check (format in ('STANDARD', 'SLACK', 'TEAMS')),
    secret     varchar(100)  not null, -- whsec_ and the base64 of 32 random bytes; signing needs it as it is
    created_at timestamptz   not null,
    created_by varchar(64)   not null,
    removed_at timestamptz,
    removed_by varchar(64)
);
create index webhook_endpoint_active on webhook_endpoint (created_at) where removed_at is null;
