-- Settings an admin changes on the settings page (KPI targets, alarm words), and the audit of every settings change.
create table app_setting (
    key        varchar(100) primary key,
    value      text         not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(64)
);

insert into app_setting (key, value, updated_by) values
    ('kpi.time-to-first-contact-hours', '48', 'system'),
    ('kpi.contacted-within-sla-percent', '80', 'system');

create table settings_audit (
    id      bigserial primary key,
    at      timestamptz  not null,
    actor   varchar(64)  not null,
    subject varchar(200) not null,
    before  text,
    after   text
);
create index settings_audit_at on settings_audit (at desc);
