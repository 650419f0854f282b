-- Catalogue views: nodes (with the SHA-256 of their bearer token) and datasets.

create table dataset_view ( 
    node_approval_required boolean not null, 
    retired boolean not null, 
    cases bigint not null, 
    registered_at timestamp(6) with time zone not null, 
    subjects bigint not null, 
    updated_at timestamp(6) with time zone not null, 
    cancer_type varchar(32) not null, 
    disease varchar(32), 
    modalities varchar(100) not null, 
    dataset_id varchar(128) not null, 
    node_id varchar(128) not null, 
    title varchar(300) not null, 
    duo_codes varchar(400) not null, 
    primary key (dataset_id) 
    );

create table node_view ( 
    country varchar(2) not null, 
    registered_at timestamp(6) with time zone not null, 
    token_sha256 varchar(64) not null unique, 
    node_id varchar(128) not null, 
    name varchar(200) not null, 
    primary key (node_id) 
    );
