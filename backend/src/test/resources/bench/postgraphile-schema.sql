-- The read-only schema PostGraphile serves in the cascade read benchmark: views over the same tables Selaras reads,
-- with PostGraphile smart comments for keys and relations (views have no constraints of their own). A login role made
-- for the run may only read these views, and its transactions are read-only. node_id is called cascade_node_id here:
-- as nodeId it would clash with PostGraphile's Relay global id field.
create schema bench_ro;
create view bench_ro.cascade_node as
    select id, plan_version_id, parent_id, kind, code, title, position, version from public.cascade_node;
create view bench_ro.organisation_unit as
    select id, code, short_name from public.organisation_unit;
create view bench_ro.cascade_node_opd as
    select node_id as cascade_node_id, opd_id, position from public.cascade_node_opd;
create view bench_ro.indicator as
    select id, node_id as cascade_node_id, plan_version_id, name, unit, polarity, aggregation, type, position, baseline_year, baseline_value
    from public.indicator;
create view bench_ro.indicator_target as
    select indicator_id, year, value, min_value, max_value from public.indicator_target;
comment on view bench_ro.cascade_node is E'@primaryKey id\n@foreignKey (parent_id) references bench_ro.cascade_node (id)';
comment on view bench_ro.organisation_unit is E'@primaryKey id';
comment on view bench_ro.cascade_node_opd is
    E'@primaryKey cascade_node_id,opd_id\n@foreignKey (cascade_node_id) references bench_ro.cascade_node (id)\n@foreignKey (opd_id) references bench_ro.organisation_unit (id)';
comment on view bench_ro.indicator is
    E'@primaryKey id\n@foreignKey (cascade_node_id) references bench_ro.cascade_node (id)';
comment on view bench_ro.indicator_target is
    E'@primaryKey indicator_id,year\n@foreignKey (indicator_id) references bench_ro.indicator (id)';
