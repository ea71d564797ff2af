-- Customer mail (io.closedloop.customermail): the templates of the mails customers get, per kind,
-- language and service preference; who opted out of mail; and the key that signs the links in them.
create table mail_template (
    kind               varchar(20)  not null, -- CLOSE_THE_LOOP, RE_SURVEY
    language           varchar(2)   not null, -- da, en
    service_preference varchar(20)  not null, -- RELATIONAL, ACTION_ORIENTED, FACTUAL, or ANY for everyone else
    subject            varchar(200) not null,
    body               text         not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(64)  not null,
    primary key (kind, language, service_preference)
);

create table customer_mail_opt_out (
    customer_id  uuid primary key references customer (id),
    opted_out_at timestamptz not null,
    source       varchar(20) not null, -- AGENT or LINK (the unsubscribe link of a mail)
    by_user      varchar(64) -- the agent who recorded it
);

create table link_signing_key (
    id         int primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null
);

-- How the customer was told that the loop is closed: EMAIL (mailed from ClosedLoop), PHONE, or NONE.
alter table detractor_case add column close_the_loop_channel varchar(10);

insert into mail_template (kind, language, service_preference, subject, body, updated_at, updated_by) values
('CLOSE_THE_LOOP', 'en', 'ANY', 'About your feedback to {companyName}',
 E'Dear {customerName},\n\nThank you for telling us how we did. {agentName} looked into what happened.\n\n{resolution}\n\nKind regards,\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'en', 'RELATIONAL', 'Thank you for talking to us, {customerName}',
 E'Dear {customerName},\n\nThank you for taking the time to talk with me. I am sorry that we let you down, and I am glad you told us.\n\n{resolution}\n\nIf there is anything else, just answer this mail: it comes to me.\n\nWarm regards,\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'en', 'ACTION_ORIENTED', 'What we are doing about your feedback',
 E'Dear {customerName},\n\nAs promised, here is what we are doing:\n\n{resolution}\n\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'en', 'FACTUAL', 'Your feedback: what happened and why',
 E'Dear {customerName},\n\nWe have looked into your feedback. Here is what happened, why, and what we have changed:\n\n{resolution}\n\nYour case reference is {caseReference}.\n\nKind regards,\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'da', 'ANY', 'Om din feedback til {companyName}',
 E'Kære {customerName}\n\nTak fordi du fortalte os, hvordan vi klarede os. {agentName} har set på, hvad der skete.\n\n{resolution}\n\nVenlig hilsen\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'da', 'RELATIONAL', 'Tak for snakken, {customerName}',
 E'Kære {customerName}\n\nTak fordi du tog dig tid til at tale med mig. Jeg er ked af, at vi skuffede dig, og glad for, at du sagde det.\n\n{resolution}\n\nEr der mere, så svar bare på denne mail: den kommer til mig.\n\nVarme hilsner\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'da', 'ACTION_ORIENTED', 'Det gør vi ved din feedback',
 E'Kære {customerName}\n\nSom lovet er her, hvad vi gør:\n\n{resolution}\n\n{agentName}\n{companyName}', now(), 'system'),
('CLOSE_THE_LOOP', 'da', 'FACTUAL', 'Din feedback: hvad skete der og hvorfor',
 E'Kære {customerName}\n\nVi har undersøgt din feedback. Her er, hvad der skete, hvorfor, og hvad vi har ændret:\n\n{resolution}\n\nDit sagsnummer er {caseReference}.\n\nVenlig hilsen\n{agentName}\n{companyName}', now(), 'system'),
('RE_SURVEY', 'en', 'ANY', 'One question from {companyName}',
 E'Dear {customerName},\n\nA little while ago we were in touch about your feedback. How likely are you now to recommend {companyName} to a friend or colleague?\n\nAnswer with one click (it takes ten seconds): {surveyLink}\n\nThank you,\n{companyName}', now(), 'system'),
('RE_SURVEY', 'da', 'ANY', 'Et enkelt spørgsmål fra {companyName}',
 E'Kære {customerName}\n\nFor nylig var vi i kontakt med dig om din feedback. Hvor sandsynligt er det nu, at du vil anbefale {companyName} til en ven eller kollega?\n\nSvar med ét klik (det tager ti sekunder): {surveyLink}\n\nTak\n{companyName}', now(), 'system');
