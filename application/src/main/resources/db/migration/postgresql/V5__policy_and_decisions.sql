-- Policy versions (projections/policy and the stored bundle bytes of web/policy) and the
-- decision log (projections/decision). PostgreSQL validates the entities against these at start-up.

create table policy_bundle_view (
    revision varchar(100) not null,
    sha256 varchar(64) not null,
    size_bytes bigint not null,
    note varchar(500),
    published_by varchar(128) not null,
    published_at timestamp(6) with time zone not null,
    active boolean not null,
    activated_at timestamp(6) with time zone,
    activated_by varchar(128),
    primary key (revision)
);

create table policy_bundle_blob (
    revision varchar(100) not null,
    sha256 varchar(64) not null,
    content bytea not null,
    primary key (revision)
);

create table decision_view (
    decision_id varchar(64) not null,
    node_id varchar(128) not null,
    principal varchar(128),
    operation varchar(64),
    dataset_id varchar(128),
    permit_id varchar(128),
    allowed boolean not null,
    reason_codes varchar(1000) not null,
    policy_revision varchar(100) not null,
    engine varchar(32) not null,
    input_sha256 varchar(64) not null,
    failed boolean not null,
    decided_at timestamp(6) with time zone not null,
    primary key (decision_id)
);

create index ix_decision_view_at on decision_view (decided_at);
create index ix_decision_view_node on decision_view (node_id, decided_at);
