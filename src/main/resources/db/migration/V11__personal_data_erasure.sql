-- Erasure of a customer's personal data (io.closedloop.customers): when a customer and a case were
-- erased, and the audit of every erasure naming the customer by a pseudonym, the actor and the reason.
alter table customer add column erased_at timestamptz;
alter table detractor_case add column erased_at timestamptz;

create table personal_data_erasure (
    id      bigserial primary key,
    at      timestamptz  not null,
    actor   varchar(64)  not null,
    subject varchar(200) not null, -- the customer's pseudonym, never the name
    scope   varchar(20)  not null, -- CUSTOMER (everything) or CASES (old closed cases only)
    cases   int          not null,
    reason  text         not null
);
create index personal_data_erasure_at on personal_data_erasure (at desc);
