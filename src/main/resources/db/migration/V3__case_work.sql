-- Contact attempts, the root-cause taxonomy, in-app notifications and the first improvement ideas.
alter table detractor_case add column next_attempt_due timestamptz;
alter table detractor_case add column reminded_at timestamptz;
alter table detractor_case add column touchpoint varchar(64);
create index detractor_case_touchpoint on detractor_case (touchpoint);

create table contact_attempt (
    id      bigserial primary key,
    case_id uuid        not null references detractor_case (id),
    at      timestamptz not null,
    by_user varchar(64) not null,
    channel varchar(10) not null,
    reached boolean     not null,
    note    text
);
create index contact_attempt_case on contact_attempt (case_id, at);

create table root_cause (
    code        varchar(100) primary key,
    label       varchar(200) not null,
    parent_code varchar(100) references root_cause (code),
    position    int          not null default 0
);

insert into root_cause (code, label, parent_code, position) values
    ('service', 'Service', null, 1),
    ('service.waiting-time', 'Waiting time', 'service', 1),
    ('service.unsolved-problem', 'Problem not solved', 'service', 2),
    ('service.no-callback', 'Promised call-back never came', 'service', 3),
    ('product', 'Product', null, 2),
    ('product.missing-feature', 'Missing feature', 'product', 1),
    ('product.defect', 'Defect or instability', 'product', 2),
    ('product.usability', 'Hard to use', 'product', 3),
    ('price', 'Price', null, 3),
    ('price.too-high', 'Too expensive', 'price', 1),
    ('price.unclear', 'Unclear pricing', 'price', 2),
    ('staff', 'Staff', null, 4),
    ('staff.attitude', 'Unfriendly or rude', 'staff', 1),
    ('staff.knowledge', 'Lacked knowledge', 'staff', 2),
    ('website', 'Website', null, 5),
    ('website.navigation', 'Messy or hard to navigate', 'website', 1),
    ('website.chat', 'Chat unstable', 'website', 2),
    ('billing', 'Billing', null, 6),
    ('billing.wrong-invoice', 'Wrong invoice', 'billing', 1),
    ('billing.payment', 'Payment problems', 'billing', 2),
    ('delivery', 'Delivery', null, 7),
    ('delivery.late', 'Late delivery', 'delivery', 1),
    ('delivery.damaged', 'Damaged goods', 'delivery', 2),
    ('other', 'Other', null, 8),
    ('other.other', 'Other reason', 'other', 1);

create table notification (
    id         uuid primary key,
    recipient  varchar(64)  not null,
    case_id    uuid,
    type       varchar(40)  not null,
    message    varchar(500) not null,
    created_at timestamptz  not null,
    read_at    timestamptz
);
create index notification_recipient on notification (recipient, created_at desc);
create index notification_unread on notification (recipient) where read_at is null;

create table idea (
    id            uuid primary key,
    title         varchar(200) not null,
    description   text,
    horizon       varchar(20)  not null,
    status        varchar(20)  not null,
    origin        varchar(20)  not null,
    touchpoint    varchar(64),
    created_at    timestamptz  not null,
    created_by    varchar(64)  not null
);
create index idea_status on idea (status, created_at);

create table idea_case (
    idea_id uuid not null references idea (id),
    case_id uuid not null references detractor_case (id),
    primary key (idea_id, case_id)
);
create index idea_case_case on idea_case (case_id);
