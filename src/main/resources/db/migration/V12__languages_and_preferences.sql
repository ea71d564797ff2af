-- Danish labels beside the English ones: pages show label_da to Danish users where it is set, label otherwise.
alter table reference_code add column label_da varchar(200);
alter table root_cause add column label_da varchar(200);

update root_cause set label_da = d.label_da
from (values
    ('service', 'Service'),
    ('service.waiting-time', 'Ventetid'),
    ('service.unsolved-problem', 'Problemet blev ikke løst'),
    ('service.no-callback', 'Lovet opkald kom aldrig'),
    ('product', 'Produkt'),
    ('product.missing-feature', 'Manglende funktion'),
    ('product.defect', 'Fejl eller ustabilitet'),
    ('product.usability', 'Svært at bruge'),
    ('price', 'Pris'),
    ('price.too-high', 'For dyrt'),
    ('price.unclear', 'Uklar prissætning'),
    ('staff', 'Medarbejdere'),
    ('staff.attitude', 'Uvenlig eller uhøflig'),
    ('staff.knowledge', 'Manglende viden'),
    ('website', 'Hjemmeside'),
    ('website.navigation', 'Rodet eller svær at finde rundt i'),
    ('website.chat', 'Chatten er ustabil'),
    ('billing', 'Fakturering'),
    ('billing.wrong-invoice', 'Forkert faktura'),
    ('billing.payment', 'Betalingsproblemer'),
    ('delivery', 'Levering'),
    ('delivery.late', 'Forsinket levering'),
    ('delivery.damaged', 'Beskadigede varer'),
    ('other', 'Andet'),
    ('other.other', 'Anden årsag')
) as d (code, label_da)
where root_cause.code = d.code;

-- What each person chose for themselves: the language of the pages and the time zone times are shown in
-- (null: the browser's language; their team's zone, or the company's).
create table user_preference (
    user_id    varchar(64) primary key,
    language   varchar(8),
    time_zone  varchar(64),
    updated_at timestamptz not null
);
