-- The resolution phase of a case (io.closedloop.cases.PlanningResolution): once the customer is
-- reached, the case must be resolved by resolution_due; its owner is reminded before that, and the
-- escalation ladder (bpmn/escalation-ladder.dmn) climbs after it. Each phase remembers the highest
-- level it has reached, so that no level fires twice (escalation_level is the call-back phase's).
alter table detractor_case add column resolution_due timestamptz;
alter table detractor_case add column resolution_reminded_at timestamptz;
alter table detractor_case add column resolution_escalation_level int not null default 0;

create index detractor_case_resolution_due on detractor_case (status, resolution_due) where resolution_due is not null;
