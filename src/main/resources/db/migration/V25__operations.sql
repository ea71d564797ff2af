-- Scheduler locks (io.closedloop.operations): one row per scheduled job that must run on one node at
-- a time (retention, digests, delivery retries); ShedLock's table.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

-- Today's escalations for the gauge closedloop_escalations_today, without reading every timeline.
create index case_event_escalated on case_event (at) where type = 'ESCALATED';
