-- The closed-loop figures are computed from an in-memory copy of case_fact that follows its
-- changes: every insert and update stamps the row with its transaction id, deletions leave a
-- tombstone stamped the same way, and a truncate bumps a generation that makes readers reload.

alter table case_fact add column change_txid bigint not null default 0;
create index case_fact_change on case_fact (change_txid);

create function case_fact_stamp() returns trigger language plpgsql as $$
begin
    new.change_txid := pg_current_xact_id()::text::bigint;
    return new;
end $$;

create trigger case_fact_stamp before insert or update on case_fact
    for each row execute function case_fact_stamp();

create table case_fact_removed (
    case_id     uuid   primary key,
    change_txid bigint not null
);
create index case_fact_removed_change on case_fact_removed (change_txid);

create function case_fact_on_delete() returns trigger language plpgsql as $$
begin
    insert into case_fact_removed (case_id, change_txid) values (old.case_id, pg_current_xact_id()::text::bigint)
    on conflict (case_id) do update set change_txid = excluded.change_txid;
    return null;
end $$;

create trigger case_fact_on_delete after delete on case_fact
    for each row execute function case_fact_on_delete();

create table case_fact_generation (
    id         int    primary key check (id = 1),
    generation bigint not null
);
insert into case_fact_generation values (1, 0);

create function case_fact_on_truncate() returns trigger language plpgsql as $$
begin
    update case_fact_generation set generation = generation + 1;
    delete from case_fact_removed;
    return null;
end $$;

create trigger case_fact_on_truncate after truncate on case_fact
    for each statement execute function case_fact_on_truncate();
