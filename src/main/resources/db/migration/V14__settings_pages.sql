-- The settings audit names the settings page each change was made on, so it can be filtered by it;
-- notifications keep what they say as a message key and its arguments (io.closedloop.notifications.NotificationWording), so each
-- reader sees them in their own language; the English message stays for the API, and notifications written before show it.
alter table settings_audit add column section varchar(40);

update settings_audit set section = case
    when subject ~ '^(touchpoint|team|employee|product|country|segment) .* label$' then 'reference-data'
    when subject like 'setting kpi.%' then 'targets'
    when subject like 'setting alarm.%' then 'alarm-words'
    when subject like 'root cause %' then 'root-causes'
    when subject like 'calendar of %' or subject like 'closing day %' then 'calendars'
    when subject like 'team %' or subject like 'member of %' then 'teams'
    when subject like 'login throttle %' then 'logins'
end;

create index settings_audit_section on settings_audit (section, at desc);
create index settings_audit_actor on settings_audit (actor, at desc);

alter table notification add column message_key varchar(100);
alter table notification add column message_args text[];
