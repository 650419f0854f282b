-- Axon's JPA event store on PostgreSQL: BYTEA, never OID large objects; the global index
-- sequence steps by 1 (see META-INF/orm.xml), so the event sequence has no gaps.

create sequence association_value_entry_seq start with 1 increment by 50;

create sequence domain_event_entry_seq start with 1 increment by 1;

create table association_value_entry ( 
    id bigint not null, 
    association_key varchar(255) not null, 
    association_value varchar(255), 
    saga_id varchar(255) not null, 
    saga_type varchar(255), 
    primary key (id) 
    );

create table dead_letter_entry ( 
    enqueued_at timestamp(6) with time zone not null, 
    last_touched timestamp(6) with time zone, 
    processing_started timestamp(6) with time zone, 
    sequence_index bigint not null, 
    sequence_number bigint, 
    cause_message varchar(1023), 
    diagnostics bytea, 
    meta_data bytea, 
    payload bytea not null, 
    token bytea, 
    aggregate_identifier varchar(255), 
    cause_type varchar(255), 
    dead_letter_id varchar(255) not null, 
    event_identifier varchar(255) not null, 
    message_type varchar(255) not null, 
    payload_revision varchar(255), 
    payload_type varchar(255) not null, 
    processing_group varchar(255) not null, 
    sequence_identifier varchar(255) not null, 
    time_stamp varchar(255) not null, 
    token_type varchar(255), 
    type varchar(255), 
    primary key (dead_letter_id), 
    unique (processing_group, sequence_identifier, sequence_index) 
    );

create table domain_event_entry ( 
    global_index bigint not null, 
    sequence_number bigint not null, 
    meta_data bytea, 
    payload bytea not null, 
    aggregate_identifier varchar(255) not null, 
    event_identifier varchar(255) not null unique, 
    payload_revision varchar(255), 
    payload_type varchar(255) not null, 
    time_stamp varchar(255) not null, 
    type varchar(255), 
    primary key (global_index), 
    unique (aggregate_identifier, sequence_number) 
    );

create table saga_entry ( 
    serialized_saga bytea, 
    revision varchar(255), 
    saga_id varchar(255) not null, 
    saga_type varchar(255), 
    primary key (saga_id) 
    );

create table snapshot_event_entry ( 
    sequence_number bigint not null, 
    meta_data bytea, 
    payload bytea not null, 
    aggregate_identifier varchar(255) not null, 
    event_identifier varchar(255) not null unique, 
    payload_revision varchar(255), 
    payload_type varchar(255) not null, 
    time_stamp varchar(255) not null, 
    type varchar(255) not null, 
    primary key (sequence_number, aggregate_identifier, type) 
    );

create table token_entry ( 
    segment integer not null, 
    token bytea, 
    owner varchar(255), 
    processor_name varchar(255) not null, 
    timestamp varchar(255) not null, 
    token_type varchar(255), 
    primary key (segment, processor_name) 
    );

create index idx_association_value_entry_saga_type_association_key_association_value on association_value_entry (saga_type, association_key, association_value);

create index idx_association_value_entry_saga_id_saga_type on association_value_entry (saga_id, saga_type);

create index idx_dead_letter_entry_processing_group on dead_letter_entry (processing_group);

create index idx_dead_letter_entry_processing_group_sequence_identifier on dead_letter_entry (processing_group, sequence_identifier);
