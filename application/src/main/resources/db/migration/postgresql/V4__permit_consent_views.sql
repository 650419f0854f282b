-- Permit register, data-use log, consent status and withdrawal notices (the entities of
-- projections/permit and projections/consent; PostgreSQL validates them at start-up).

create table permit_view (
    commercial boolean not null,
    for_profit boolean not null,
    methods_development boolean not null,
    flagged_uses bigint not null,
    uses bigint not null,
    issued_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    valid_from timestamp(6) with time zone not null,
    valid_until timestamp(6) with time zone not null,
    status varchar(16) not null,
    disease varchar(32),
    holder varchar(128) not null,
    permit_id varchar(128) not null,
    request_id varchar(128) not null,
    operations varchar(200) not null,
    purpose_codes varchar(400) not null,
    status_reason varchar(500),
    datasets varchar(4000) not null,
    members varchar(4000) not null,
    primary key (permit_id)
    );

create table permit_condition (
    line_no integer not null,
    permit_id varchar(128) not null,
    condition_text varchar(2000) not null,
    primary key (line_no, permit_id),
    constraint fk_permit_condition_permit foreign key (permit_id) references permit_view
    );

create index idx_permit_view_status_valid_until on permit_view (status, valid_until);

create table data_use_view (
    flagged boolean not null,
    subjects bigint not null,
    ended_at timestamp(6) with time zone not null,
    reported_at timestamp(6) with time zone not null,
    started_at timestamp(6) with time zone not null,
    operation varchar(32) not null,
    tool_version varchar(100) not null,
    dataset_id varchar(128) not null,
    node_id varchar(128) not null,
    permit_id varchar(128) not null,
    use_id varchar(128) not null,
    reported_by varchar(140) not null,
    reasons varchar(200) not null,
    tool varchar(200) not null,
    primary key (use_id)
    );

create index idx_data_use_view_permit on data_use_view (permit_id);

create index idx_data_use_view_node on data_use_view (node_id);

create table consent_view (
    scope_changes integer not null,
    recorded_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    valid_until timestamp(6) with time zone,
    withdrawn_at timestamp(6) with time zone,
    status varchar(16) not null,
    disease varchar(32),
    consent_id varchar(128) not null,
    node_id varchar(128) not null,
    pseudonym varchar(128) not null,
    purposes varchar(400) not null,
    datasets varchar(4000) not null,
    primary key (consent_id)
    );

create index idx_consent_view_node_pseudonym on consent_view (node_id, pseudonym, status);

create table withdrawal_notice_view (
    acknowledged_at timestamp(6) with time zone,
    issued_at timestamp(6) with time zone not null,
    recipient_kind varchar(16) not null,
    addressee varchar(128) not null,
    consent_id varchar(128) not null,
    recipient_id varchar(128) not null,
    acknowledged_by varchar(140),
    notice_id varchar(300) not null,
    datasets varchar(4000) not null,
    primary key (notice_id)
    );

create index idx_withdrawal_notice_view_pending on withdrawal_notice_view (acknowledged_at, issued_at);

create index idx_withdrawal_notice_view_consent on withdrawal_notice_view (consent_id);
