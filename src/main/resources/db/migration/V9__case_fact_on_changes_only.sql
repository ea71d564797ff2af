-- A case's fact row changes only when a column it holds changes, and then in place: the
-- response's columns and the customer's next answer stay as they were. Most updates a case's
-- process makes (plans, reminders, a second escalation level) leave the fact row alone.

drop trigger case_fact_on_case on detractor_case;

create function case_fact_on_case_update() returns trigger language plpgsql as $$
begin
    if new.touchpoint is not null then
        update case_fact set team = coalesce(new.team, ''), owner = coalesce(new.owner, ''), touchpoint = new.touchpoint,
                             callback_due = new.callback_due, first_reached_at = new.first_reached_at,
                             closed_at = new.closed_at, status = new.status, escalated = new.escalation_level > 0,
                             root_cause = new.root_cause
        where case_id = new.id;
        if found then
            return null;
        end if;
    end if;
    perform case_fact_upsert(new);
    return null;
end $$;

create trigger case_fact_on_case after insert on detractor_case
    for each row execute function case_fact_on_case();

create trigger case_fact_on_case_update after update on detractor_case
    for each row
    when (old.team is distinct from new.team or old.owner is distinct from new.owner
          or old.touchpoint is distinct from new.touchpoint or old.callback_due is distinct from new.callback_due
          or old.first_reached_at is distinct from new.first_reached_at or old.closed_at is distinct from new.closed_at
          or old.status is distinct from new.status or (old.escalation_level > 0) <> (new.escalation_level > 0)
          or old.root_cause is distinct from new.root_cause)
    execute function case_fact_on_case_update();
