-- Every detail a response gave a known customer differently: before, after, whether the customer took
-- it (closedloop.intake.customer-updates), the response and who posted it. Goes with its customer.
create table customer_change (
    id                   uuid primary key,
    customer_id          uuid         not null references customer (id) on delete cascade,
    field                varchar(40)  not null,
    before_value         varchar(320),
    after_value          varchar(320) not null,
    applied              boolean      not null,
    response_id          uuid         not null,
    response_external_id varchar(200) not null,
    posted_by            varchar(200) not null,
    changed_at           timestamptz  not null
);
create index customer_change_customer on customer_change (customer_id, changed_at);
