-- How pages word a timeline entry in their reader's language (io.closedloop.cases.TimelineWording): a
-- message key and its arguments, each tagged with its kind. The English detail stays for the API;
-- entries written before have no wording and pages show their detail.
alter table case_event add column wording_key varchar(64);
alter table case_event add column wording_args text[];
