-- Participation: consultations (konsultasi publik, forum perangkat daerah, musrenbang) with their offline meetings,
-- comments on anything commentable, reactions, flags and moderation, citizens' aspirations (usulan) with a public status
-- trail, and the rate-limit and idempotency records that keep writes honest.

create table consultation (
    id              bigint generated always as identity primary key,
    plan_version_id bigint       not null references plan_version (id) on delete cascade,
    kind            varchar(30)  not null check (kind in ('KONSULTASI_PUBLIK','FORUM_PERANGKAT_DAERAH',
                        'MUSRENBANG_KELURAHAN','MUSRENBANG_KECAMATAN','MUSRENBANG_KOTA')),
    title           varchar(300) not null,
    description     varchar(4000),
    -- musrenbang kelurahan/kecamatan take place in an area
    area_id         bigint references region (id),
    whole_plan      boolean      not null,
    opens_at        timestamptz  not null,
    closes_at       timestamptz  not null,
    created_by      varchar(200) not null,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    check (closes_at > opens_at)
);
create index consultation_version on consultation (plan_version_id);

-- The chosen nodes (with everything below them) and indicators of a consultation that is not on the whole plan.
create table consultation_scope (
    consultation_id bigint not null references consultation (id) on delete cascade,
    node_id         bigint references cascade_node (id) on delete cascade,
    indicator_id    bigint references indicator (id) on delete cascade,
    check ((node_id is null) <> (indicator_id is null))
);
create index consultation_scope_consultation on consultation_scope (consultation_id);

create table meeting (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    held_on         date          not null,
    place           varchar(300)  not null,
    -- participant counts by stakeholder category (DOMAIN.md §6.1), e.g. {"DPRD": 3, "PKK": 12}
    participants    jsonb         not null default '{}'::jsonb,
    minutes         varchar(20000),
    outcomes        varchar(10000),
    created_by      varchar(200)  not null,
    version         integer       not null default 0
);
create index meeting_consultation on meeting (consultation_id, held_on);

create table aspiration (
    id              bigint generated always as identity primary key,
    region_id       bigint        not null references region (id),
    area_id         bigint references region (id),
    author          varchar(200)  not null,
    title           varchar(200)  not null,
    body            varchar(5000) not null,
    topic           varchar(30)   not null,
    status          varchar(24)   not null default 'RECEIVED' check (status in ('RECEIVED','UNDER_REVIEW','ACCOMMODATED',
                        'PARTLY_ACCOMMODATED','NOT_ACCOMMODATED')),
    assigned_opd_id bigint references organisation_unit (id),
    submitted_at    timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0
);
create index aspiration_region on aspiration (region_id, status);
create index aspiration_author on aspiration (author);

-- What officers linked an aspiration to: the indicators or cascade nodes (programs) it concerns.
create table aspiration_link (
    aspiration_id bigint not null references aspiration (id) on delete cascade,
    node_id       bigint references cascade_node (id) on delete cascade,
    indicator_id  bigint references indicator (id) on delete cascade,
    linked_by     varchar(200) not null,
    linked_at     timestamptz  not null default now(),
    check ((node_id is null) <> (indicator_id is null))
);
create unique index aspiration_link_node on aspiration_link (aspiration_id, node_id) where node_id is not null;
create unique index aspiration_link_indicator on aspiration_link (aspiration_id, indicator_id) where indicator_id is not null;

-- "You said / we did": every status step with its public reason.
create table aspiration_step (
    id            bigint generated always as identity primary key,
    aspiration_id bigint        not null references aspiration (id) on delete cascade,
    status        varchar(24)   not null,
    reason        varchar(2000),
    actor         varchar(200)  not null,
    at            timestamptz   not null default now()
);
create index aspiration_step_aspiration on aspiration_step (aspiration_id, id);

create table comment (
    id             bigint generated always as identity primary key,
    subject_type   varchar(20)   not null check (subject_type in ('Indicator','CascadeNode','Consultation','PlanVersion','Aspiration')),
    subject_id     bigint        not null,
    -- the consultation the comment was made in, when there was one; the region, for moderation
    consultation_id bigint references consultation (id) on delete set null,
    region_id      bigint references region (id),
    parent_id      bigint references comment (id),
    depth          integer       not null default 0,
    author         varchar(200)  not null,
    author_name    varchar(200),
    body           varchar(5000) not null,
    proposal_year  integer,
    proposal_value numeric,
    official       boolean       not null default false,
    official_opd_id bigint references organisation_unit (id),
    created_at     timestamptz   not null default now(),
    edited_at      timestamptz,
    deleted_at     timestamptz,
    hidden_at      timestamptz,
    hidden_reason  varchar(500),
    hidden_by      varchar(200),
    flag_count     integer       not null default 0,
    agree_count    integer       not null default 0,
    disagree_count integer       not null default 0,
    pass_count     integer       not null default 0,
    version        integer       not null default 0,
    check ((proposal_year is null) = (proposal_value is null))
);
create index comment_subject on comment (subject_type, subject_id, created_at);
create index comment_parent on comment (parent_id);
create index comment_consultation on comment (consultation_id);
create index comment_flagged on comment (region_id, flag_count) where flag_count > 0 and hidden_at is null;
create index comment_author on comment (author);

create table comment_revision (
    comment_id bigint        not null references comment (id) on delete cascade,
    body       varchar(5000) not null,
    replaced_at timestamptz  not null default now()
);
create index comment_revision_comment on comment_revision (comment_id);

create table reaction (
    comment_id bigint       not null references comment (id) on delete cascade,
    author     varchar(200) not null,
    reaction   varchar(10)  not null check (reaction in ('AGREE','DISAGREE','PASS')),
    at         timestamptz  not null default now(),
    primary key (comment_id, author)
);

create table comment_flag (
    comment_id bigint       not null references comment (id) on delete cascade,
    author     varchar(200) not null,
    reason     varchar(500) not null,
    at         timestamptz  not null default now(),
    primary key (comment_id, author)
);

-- Write rate limits: one counter per key (user or IP) and fixed window, shared by every backend instance.
create table rate_limit (
    key          varchar(250) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (key, window_start)
);

-- A retried create with the same key returns what the first one created.
create table idempotency (
    actor        varchar(200) not null,
    key          varchar(100) not null,
    operation    varchar(60)  not null,
    result_id    bigint       not null,
    created_at   timestamptz  not null default now(),
    primary key (actor, key)
);

-- Live updates: what subscribers filter on, without parsing the states. The transaction id lets the relay tell a gap
-- left by a transaction still running from one left by a rollback.
alter table event
    add column subject_type    varchar(40),
    add column subject_id      bigint,
    add column consultation_id bigint,
    add column owner           varchar(200),
    add column tx              xid8 not null default pg_current_xact_id();
create index event_subject on event (subject_type, subject_id, sequence) where subject_type is not null;
create index event_consultation on event (consultation_id, sequence) where consultation_id is not null;
create index event_owner on event (owner, sequence) where owner is not null;
