-- Regions, OPDs, plans and their versions, the cascade (pohon kinerja), indicators, targets, realisations,
-- rating schemes, and the event log that is both the audit trail and the source of live updates.

create table region (
    id          bigint generated always as identity primary key,
    code        varchar(20)  not null unique,
    name        varchar(200) not null,
    level       varchar(12)  not null check (level in ('PROVINSI','KABUPATEN','KOTA','KECAMATAN','KELURAHAN','DESA')),
    parent_id   bigint references region (id),
    version     integer      not null default 0
);
create index region_parent on region (parent_id);

create table organisation_unit (
    id          bigint generated always as identity primary key,
    region_id   bigint       not null references region (id),
    code        varchar(40)  not null,
    name        varchar(300) not null,
    short_name  varchar(40),
    version     integer      not null default 0,
    unique (region_id, code)
);

create table rating_scheme (
    id          bigint generated always as identity primary key,
    key         varchar(40)  not null unique,
    name        varchar(200) not null
);

-- Bounds are inclusive below and exclusive above; a null bound is open.
create table rating_band (
    scheme_id   bigint       not null references rating_scheme (id) on delete cascade,
    position    integer      not null,
    label       varchar(60)  not null,
    min_percent numeric,
    max_percent numeric,
    colour      varchar(7)   not null,
    primary key (scheme_id, position)
);

insert into rating_scheme (key, name) values
    ('DEFAULT',        'Skala nilai peringkat kinerja (5 tingkat)'),
    ('SIX_LEVEL',      'Skala 6 tingkat (LKjIP Kab. Maluku Tengah)'),
    ('ON_TRACK',       'Status capaian terhadap target akhir RPJMD (3 tingkat)');
insert into rating_band (scheme_id, position, label, min_percent, max_percent, colour)
select s.id, b.position, b.label, b.min_percent, b.max_percent, b.colour
from rating_scheme s
join (values
    ('DEFAULT', 1, 'Sangat Baik',   91, null, '#1b7a3a'),
    ('DEFAULT', 2, 'Baik',          76,   91, '#4c9a2a'),
    ('DEFAULT', 3, 'Cukup',         66,   76, '#b58a00'),
    ('DEFAULT', 4, 'Kurang',        51,   66, '#c25e00'),
    ('DEFAULT', 5, 'Sangat Kurang', null, 51, '#b3261e'),
    ('SIX_LEVEL', 1, 'Memuaskan',    85, null, '#1b7a3a'),
    ('SIX_LEVEL', 2, 'Sangat Baik',  75,   85, '#4c9a2a'),
    ('SIX_LEVEL', 3, 'Baik',         65,   75, '#7a8f00'),
    ('SIX_LEVEL', 4, 'Cukup Baik',   50,   65, '#b58a00'),
    ('SIX_LEVEL', 5, 'Agak Kurang',  30,   50, '#c25e00'),
    ('SIX_LEVEL', 6, 'Kurang',     null,   30, '#b3261e'),
    ('ON_TRACK', 1, 'Tercapai',            80, null, '#1b7a3a'),
    ('ON_TRACK', 2, 'On track',            60,   80, '#b58a00'),
    ('ON_TRACK', 3, 'Perlu upaya keras', null,   60, '#b3261e')
) as b (scheme_key, position, label, min_percent, max_percent, colour) on b.scheme_key = s.key;

create table plan (
    id               bigint generated always as identity primary key,
    kind             varchar(10)  not null check (kind in ('RPJPN','RPJMN','RPJPD','RPJMD','RENSTRA','RKPD','RENJA')),
    title            varchar(300) not null,
    region_id        bigint references region (id),
    period_start     integer      not null,
    period_end       integer      not null,
    reference        boolean      not null default false,
    rating_scheme_id bigint       not null references rating_scheme (id),
    created_at       timestamptz  not null default now(),
    created_by       varchar(200) not null,
    version          integer      not null default 0,
    check (period_end >= period_start),
    check (region_id is not null or kind in ('RPJPN','RPJMN'))
);
create index plan_region on plan (region_id);

create table plan_version (
    id          bigint generated always as identity primary key,
    plan_id     bigint       not null references plan (id) on delete cascade,
    number      integer      not null,
    status      varchar(16)  not null check (status in ('DRAFT','IN_CONSULTATION','ADOPTED','SUPERSEDED')),
    based_on_id bigint references plan_version (id),
    note        varchar(500),
    created_at  timestamptz  not null default now(),
    created_by  varchar(200) not null,
    adopted_at  timestamptz,
    adopted_by  varchar(200),
    version     integer      not null default 0,
    unique (plan_id, number)
);
-- At most one version in force and one being drafted per plan.
create unique index plan_version_one_adopted on plan_version (plan_id) where status = 'ADOPTED';
create unique index plan_version_one_draft on plan_version (plan_id) where status in ('DRAFT','IN_CONSULTATION');

create table cascade_node (
    id              bigint generated always as identity primary key,
    plan_version_id bigint        not null references plan_version (id) on delete cascade,
    parent_id       bigint references cascade_node (id) on delete cascade,
    kind            varchar(12)   not null check (kind in ('VISI','MISI','TUJUAN','SASARAN','PROGRAM','KEGIATAN','SUB_KEGIATAN')),
    code            varchar(40),
    title           varchar(500)  not null,
    description     varchar(4000),
    position        integer       not null,
    -- The node of the version this one was copied from, so versions can be compared.
    origin_id       bigint,
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
create index cascade_node_version on cascade_node (plan_version_id, parent_id, position);
create index cascade_node_parent on cascade_node (parent_id);
create unique index cascade_node_code on cascade_node (plan_version_id, code) where code is not null;

create table cascade_support (
    node_id      bigint not null references cascade_node (id) on delete cascade,
    supports_id  bigint not null references cascade_node (id) on delete cascade,
    primary key (node_id, supports_id),
    check (node_id <> supports_id)
);
create index cascade_support_target on cascade_support (supports_id);

create table cascade_node_opd (
    node_id  bigint not null references cascade_node (id) on delete cascade,
    opd_id   bigint not null references organisation_unit (id),
    position integer not null,
    primary key (node_id, opd_id)
);
create index cascade_node_opd_opd on cascade_node_opd (opd_id);

create table indicator (
    id               bigint generated always as identity primary key,
    node_id          bigint        not null references cascade_node (id) on delete cascade,
    plan_version_id  bigint        not null references plan_version (id) on delete cascade,
    -- Stable identity across versions: realisations belong to the lineage, not to one version's copy.
    lineage_id       bigint        not null,
    origin_id        bigint,
    code             varchar(40),
    name             varchar(500)  not null,
    unit             varchar(60)   not null,
    definition       varchar(4000),
    formula          varchar(2000),
    data_source      varchar(300),
    concept          varchar(2000),
    classification   varchar(300),
    frequency        varchar(12)   not null default 'ANNUAL' check (frequency in ('ANNUAL','SEMIANNUAL','QUARTERLY','MONTHLY')),
    selection_reason varchar(2000),
    polarity         varchar(16)   not null check (polarity in ('HIGHER_IS_BETTER','LOWER_IS_BETTER','RANGE')),
    aggregation      varchar(12)   not null check (aggregation in ('CUMULATIVE','LATEST','AVERAGE')),
    type             varchar(8) check (type in ('IKU','IKD','IKK','OUTCOME','OUTPUT')),
    position         integer       not null,
    baseline_year    integer,
    baseline_value   numeric,
    end_value        numeric,
    end_min          numeric,
    end_max          numeric,
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    check ((baseline_year is null) = (baseline_value is null))
);
create index indicator_node on indicator (node_id, position);
create index indicator_version on indicator (plan_version_id);
create index indicator_lineage on indicator (lineage_id);
create unique index indicator_code on indicator (plan_version_id, code) where code is not null;

create table indicator_target (
    indicator_id bigint  not null references indicator (id) on delete cascade,
    year         integer not null,
    value        numeric,
    min_value    numeric,
    max_value    numeric,
    primary key (indicator_id, year),
    check (value is not null or (min_value is not null and max_value is not null)),
    check (min_value is null or max_value is null or min_value <= max_value)
);

create table indicator_opd (
    indicator_id bigint not null references indicator (id) on delete cascade,
    opd_id       bigint not null references organisation_unit (id),
    position     integer not null,
    primary key (indicator_id, opd_id)
);
create index indicator_opd_opd on indicator_opd (opd_id);

create table indicator_alignment (
    indicator_id           bigint not null references indicator (id) on delete cascade,
    reference_indicator_id bigint not null references indicator (id) on delete cascade,
    primary key (indicator_id, reference_indicator_id),
    check (indicator_id <> reference_indicator_id)
);
create index indicator_alignment_reference on indicator_alignment (reference_indicator_id);

-- Realisations are facts about the world: they belong to an indicator's lineage and show in every version of it.
create table realisation (
    id           bigint generated always as identity primary key,
    lineage_id   bigint        not null,
    year         integer       not null,
    period       varchar(8)    not null check (period in ('Q1','Q2','Q3','Q4','ANNUAL')),
    value        numeric       not null,
    evidence     varchar(2000),
    reported_at  timestamptz   not null default now(),
    reported_by  varchar(200)  not null,
    verified_at  timestamptz,
    verified_by  varchar(200),
    version      integer       not null default 0,
    unique (lineage_id, year, period)
);

create table event (
    sequence        bigint generated always as identity primary key,
    occurred_at     timestamptz  not null default now(),
    actor           varchar(200) not null,
    entity_type     varchar(40)  not null,
    entity_id       bigint       not null,
    action          varchar(20)  not null,
    region_id       bigint,
    plan_version_id bigint,
    before          jsonb,
    after           jsonb
);
create index event_plan_version on event (plan_version_id, sequence);
create index event_entity on event (entity_type, entity_id, sequence);

-- The event log is append-only.
create function event_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'event rows are immutable';
end $$;
create trigger event_no_update before update or delete on event
    for each row execute function event_is_immutable();
