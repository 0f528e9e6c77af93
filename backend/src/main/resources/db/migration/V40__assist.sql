-- Assisted planning (issue 10): what officers answered to routing suggestions (the router learns from it), and
-- aspirations merged into a primary one that says the same thing (their authors follow the primary's outcome).

-- One verdict per aspiration and suggested node (the latest wins). Stored by node code as well as id, so that what
-- was learnt on one plan version still counts on its revision (codes carry over, ids do not).
create table aspiration_suggestion_feedback (
    aspiration_id   bigint       not null references aspiration (id) on delete cascade,
    region_id       bigint       not null references region (id),
    plan_version_id bigint       not null references plan_version (id) on delete cascade,
    node_id         bigint       not null references cascade_node (id) on delete cascade,
    node_code       varchar(40),
    indicator_id    bigint references indicator (id) on delete set null,
    opd_id          bigint references organisation_unit (id),
    verdict         varchar(10)  not null check (verdict in ('CONFIRMED','REJECTED')),
    -- the stems of the aspiration's words at the time (what the boost is keyed on)
    terms           text[]       not null,
    actor           varchar(200) not null,
    at              timestamptz  not null default now(),
    primary key (aspiration_id, node_id)
);
create index aspiration_feedback_region on aspiration_suggestion_feedback (region_id);

alter table aspiration add column merged_into_id bigint references aspiration (id);
create index aspiration_merged_into on aspiration (merged_into_id) where merged_into_id is not null;
