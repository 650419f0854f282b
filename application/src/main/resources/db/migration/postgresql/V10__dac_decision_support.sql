-- DAC decision support: purpose checks with overrides, documents (bytes as BYTEA), the
-- discussion, deputy chairs, chair conflicts and approval exclusions on the request, and the
-- columns that let every list be read a page at a time in one sorted query.

create table access_purpose_check_view (
    allowed boolean not null,
    checked_at timestamp(6) with time zone not null,
    override_at timestamp(6) with time zone,
    outcome varchar(20) not null,
    check_trigger varchar(20) not null,
    revision varchar(100),
    override_revision varchar(100),
    request_id varchar(128) not null,
    dataset_id varchar(128) not null,
    checked_by varchar(128) not null,
    override_by varchar(128),
    id varchar(260) not null,
    override_reason varchar(2000),
    reasons varchar(4000),
    obligations varchar(4000),
    primary key (id)
    );

create index access_purpose_check_view_request on access_purpose_check_view (request_id);

create table access_document_view (
    size bigint not null,
    uploaded_at timestamp(6) with time zone not null,
    kind varchar(30) not null,
    media_type varchar(50) not null,
    sha256 varchar(64) not null,
    document_id varchar(128) not null,
    request_id varchar(128) not null,
    uploaded_by varchar(128) not null,
    file_name varchar(255) not null,
    primary key (document_id)
    );

create index access_document_view_request on access_document_view (request_id);

create table access_document_blob (
    document_id varchar(128) not null,
    request_id varchar(128) not null,
    sha256 varchar(64) not null,
    content bytea not null,
    primary key (document_id)
    );

create table access_discussion_view (
    posted_at timestamp(6) with time zone not null,
    answered_at timestamp(6) with time zone,
    kind varchar(20) not null,
    entry_id varchar(128) not null,
    request_id varchar(128) not null,
    author varchar(128) not null,
    answered_by varchar(128),
    text varchar(4000) not null,
    answer varchar(4000),
    primary key (entry_id)
    );

create index access_discussion_view_request on access_discussion_view (request_id, posted_at);

create table dac_deputy_view (
    granted_at timestamp(6) with time zone not null,
    person varchar(128) not null,
    granted_by varchar(128) not null,
    primary key (person)
    );

alter table access_request_view add column conflicted_chairs varchar(2000);
alter table access_request_view add column overridden_datasets varchar(2000);
alter table access_request_view add column purpose_excluded varchar(2000);
alter table access_request_view add column queue_rank integer;
alter table access_request_view add column queue_deadline timestamp(6) with time zone;
update access_request_view
   set queue_rank = case when status in ('SUBMITTED', 'UNDER_REVIEW') then 0 else 1 end,
       queue_deadline = case when status in ('SUBMITTED', 'UNDER_REVIEW') then deadline end;
create index access_request_view_queue on access_request_view (queue_rank, queue_deadline, updated_at);

alter table permit_view add column overridden_datasets varchar(4000);

alter table withdrawal_notice_view add column list_rank integer;
alter table withdrawal_notice_view add column list_order bigint;
update withdrawal_notice_view
   set list_rank = case when acknowledged_at is null then 0 else 1 end,
       list_order = case when acknowledged_at is null
                         then (extract(epoch from issued_at) * 1000)::bigint
                         else -(extract(epoch from issued_at) * 1000)::bigint end;
create index withdrawal_notice_view_list on withdrawal_notice_view (list_rank, list_order);

create index data_use_view_reported on data_use_view (reported_at, use_id);
