-- Access request views: the request (DAC queue, request page), its review panel with
-- conflicts and votes, and the per-dataset decisions of the nodes that must agree.

create table access_request_view (
    commercial boolean not null,
    extended boolean not null,
    for_profit boolean not null,
    methods_development boolean not null,
    quorum integer not null,
    reviewer_count integer not null,
    votes_count integer not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    period_from timestamp(6) with time zone,
    period_until timestamp(6) with time zone,
    deadline timestamp(6) with time zone,
    submitted_at timestamp(6) with time zone,
    decided_at timestamp(6) with time zone,
    valid_from timestamp(6) with time zone,
    valid_until timestamp(6) with time zone,
    status varchar(20) not null,
    disease varchar(32),
    request_id varchar(128) not null,
    applicant varchar(128) not null,
    permit_id varchar(128),
    operations varchar(200) not null,
    title varchar(300),
    purpose_codes varchar(400) not null,
    datasets varchar(2000) not null,
    team varchar(2000) not null,
    outcome_reason varchar(2000),
    summary varchar(4000),
    conditions varchar(6000),
    primary key (request_id)
    );

create index access_request_view_applicant on access_request_view (applicant);
create index access_request_view_status on access_request_view (status);

create table access_reviewer_view (
    conflict boolean not null,
    assigned_at timestamp(6) with time zone not null,
    voted_at timestamp(6) with time zone,
    vote varchar(10),
    request_id varchar(128) not null,
    reviewer varchar(128) not null,
    id varchar(260) not null,
    conflict_comment varchar(1000),
    vote_comment varchar(2000),
    primary key (id)
    );

create index access_reviewer_view_request on access_reviewer_view (request_id);

create table access_node_decision_view (
    agreed boolean,
    decided_at timestamp(6) with time zone,
    request_id varchar(128) not null,
    dataset_id varchar(128) not null,
    node_id varchar(128) not null,
    id varchar(260) not null,
    comment varchar(2000),
    primary key (id)
    );

create index access_node_decision_view_request on access_node_decision_view (request_id);
