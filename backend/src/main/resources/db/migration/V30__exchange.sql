-- Import and export (issue 7): uploaded workbooks waiting to be imported, dry runs with their reports, and the
-- Permendagri 90/2019 nomenclature, one release per regulation that set it (DOMAIN.md §2.1).

-- A file received through a signed upload URL. Kept in the database so that any backend instance can import it;
-- removed when it expires.
create table exchange_upload (
    id          uuid          primary key,
    file_name   varchar(200),
    size_bytes  integer       not null,
    sha256      varchar(64)   not null,
    content     bytea         not null,
    uploaded_by varchar(200)  not null,
    created_at  timestamptz   not null default now(),
    expires_at  timestamptz   not null
);
create index exchange_upload_expiry on exchange_upload (expires_at);

-- A dry run (and later its application) of a plan import: what was asked and what the dry run found.
create table plan_import (
    id              bigint generated always as identity primary key,
    public_id       uuid          not null unique,
    upload_id       uuid          references exchange_upload (id) on delete set null,
    actor           varchar(200)  not null,
    request         jsonb         not null,
    report          jsonb         not null,
    status          varchar(12)   not null check (status in ('DRY_RUN','APPLIED','REJECTED')),
    plan_version_id bigint        references plan_version (id) on delete set null,
    created_at      timestamptz   not null default now(),
    applied_at      timestamptz
);

-- The regulations that set the nomenclature. Each release is a complete list as that regulation published it;
-- a plan is checked against the latest imported release enacted on or before the date that matters.
create table nomenclature_release (
    id                  bigint generated always as identity primary key,
    regulation          varchar(40)   not null unique,
    title               varchar(300)  not null,
    enacted_on          date          not null,
    sub_kegiatan_digits integer       not null check (sub_kegiatan_digits in (2, 4)),
    imported_at         timestamptz,
    imported_by         varchar(200),
    entry_count         integer       not null default 0
);

insert into nomenclature_release (regulation, title, enacted_on, sub_kegiatan_digits) values
    ('PERMENDAGRI_90_2019', 'Permendagri 90/2019 tentang Klasifikasi, Kodefikasi dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah', date '2019-10-18', 2),
    ('KEPMENDAGRI_050_3708_2020', 'Kepmendagri 050-3708/2020 tentang Hasil Verifikasi dan Validasi Pemutakhiran Klasifikasi, Kodefikasi dan Nomenklatur', date '2020-10-05', 2),
    ('KEPMENDAGRI_050_5889_2021', 'Kepmendagri 050-5889/2021 tentang Hasil Verifikasi, Validasi dan Inventarisasi Pemutakhiran Klasifikasi, Kodefikasi dan Nomenklatur', date '2021-12-27', 2),
    ('KEPMENDAGRI_900_1317_2023', 'Kepmendagri 900.1.15.5-1317/2023 tentang Perubahan atas Kepmendagri 050-5889/2021', date '2023-06-23', 4),
    ('KEPMENDAGRI_900_3406_2024', 'Kepmendagri 900.1.15.5-3406/2024 tentang Perubahan Kedua atas Kepmendagri 050-5889/2021', date '2024-08-27', 4),
    ('KEPMENDAGRI_900_2850_2025', 'Kepmendagri 900.1-2850/2025', date '2025-07-31', 4);

-- One code of a release: urusan (1), bidang (1.02), program (1.02.02), kegiatan (1.02.02.2.02), sub-kegiatan
-- (1.02.02.2.02.01 or .0001), with the sub-kegiatan metadata kinerja / indikator / satuan. canonical_code writes
-- sub-kegiatan with 4 digits so that 2-digit and 4-digit plans compare.
create table nomenclature_entry (
    release_id     bigint         not null references nomenclature_release (id) on delete cascade,
    code           varchar(40)    not null,
    canonical_code varchar(40)    not null,
    level          varchar(12)    not null check (level in ('URUSAN','BIDANG','PROGRAM','KEGIATAN','SUB_KEGIATAN')),
    name           varchar(3000)  not null,
    note           varchar(3000),
    performance    varchar(3000),
    indicator      varchar(3000),
    unit           varchar(300),
    position       integer        not null,
    primary key (release_id, code)
);
create index nomenclature_entry_canonical on nomenclature_entry (canonical_code, release_id);

-- What other features read: the entries of the newest imported release.
create view nomenclature_in_force as
select e.*, r.regulation, r.enacted_on
from nomenclature_entry e
join nomenclature_release r on r.id = e.release_id
where r.id = (select id from nomenclature_release where imported_at is not null order by enacted_on desc limit 1);
