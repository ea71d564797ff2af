-- Connectors (io.closedloop.connectors): machine clients with hashed bearer tokens, the sources that
-- send responses (survey tools' webhooks and export files), and every verified webhook delivery,
-- stored before it is answered and kept until processed, replayed or erased.
create table machine_client (
    id           uuid primary key,
    name         varchar(50)  not null,
    scopes       varchar(200) not null, -- space separated, e.g. "responses:write metrics:read"
    token_hash   char(64)     not null unique, -- SHA-256 (hex) of the token; the token itself is never stored
    token_hint   varchar(16)  not null, -- the token's first characters, to tell tokens apart
    created_at   timestamptz  not null,
    created_by   varchar(64)  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64)
);
create unique index machine_client_active_name on machine_client (lower(name)) where revoked_at is null;

create table response_source (
    id         uuid primary key,
    name       varchar(100) not null,
    kind       varchar(30)  not null,
    secret     varchar(200), -- the webhook signing secret; none for export files
    mapping    text         not null, -- JSON: our field names to JSON Pointers, Typeform refs or column names
    created_at timestamptz  not null,
    created_by varchar(64)  not null,
    updated_at timestamptz  not null,
    updated_by varchar(64)  not null
);

create table source_delivery (
    id                   uuid primary key,
    source_id            uuid         not null references response_source (id),
    message_id           varchar(200) not null, -- webhook-id, Typeform's event_id, or the body's SHA-256
    event_index          int          not null, -- 0, or the position in a body holding an array of events
    received_at          timestamptz  not null,
    payload              text, -- the event as received; null once erased
    status               varchar(20)  not null, -- RECEIVED, PROCESSED, FAILED, IGNORED
    errors               text, -- JSON [{field, message}] of the last failure
    warnings             text, -- JSON [{field, message}] of what was stored but not followed
    attempts             int          not null default 0,
    processed_at         timestamptz,
    response_id          uuid,
    case_id              uuid,
    customer_external_id varchar(200), -- as mapped, so erasure finds deliveries that never became a response
    erased_at            timestamptz,
    unique (source_id, message_id, event_index)
);
create index source_delivery_status on source_delivery (source_id, status, received_at desc);
create index source_delivery_response on source_delivery (response_id);
create index source_delivery_customer on source_delivery (customer_external_id);
create index source_delivery_pending on source_delivery (status, received_at) where status = 'RECEIVED';
