-- One schema for H2 and PostgreSQL: only types and syntax both speak.
-- Unique keys that ignore case are kept in a normalized column (username_key) with a plain
-- unique index, since H2 has no expression indexes.

create table ref_country (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  alpha3 varchar(3),
  name   varchar(255) not null
);

create table ref_language (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  name   varchar(255) not null
);

create table ref_currency (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  name   varchar(255) not null
);

create table ref_user_group (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  name   varchar(255) not null
);

create table ref_role (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  name   varchar(255) not null
);

create table ref_ticket_category (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  name   varchar(255) not null
);

create table ref_module_licence (
  id     uuid         primary key,
  number integer      not null unique,
  code   varchar(50)  not null unique,
  name   varchar(255) not null
);

create table extra_field_declaration (
  name       varchar(64)  primary key,
  field_type varchar(20)  not null,
  options    varchar(4000)
);

create table sales_organization (
  id                                  uuid         primary key,
  code                                varchar(50),
  name                                varchar(255) not null,
  description                         varchar,
  accountancy_code                    varchar(50),
  vat_reg_code                        varchar(50),
  default_unit_of_measure_system_type varchar(50),
  country_id                          uuid references ref_country (id),
  currency_id                         uuid references ref_currency (id),
  language_id                         uuid references ref_language (id),
  street                              varchar(255),
  street2                             varchar(255),
  street_number                       varchar(50),
  zip                                 varchar(50),
  city                                varchar(255),
  email                               varchar(255),
  phone                               varchar(50),
  fax                                 varchar(50),
  url                                 varchar(255),
  archived                            boolean      not null,
  modified_at                         timestamp with time zone not null,
  version                             bigint       not null
);
create unique index uq_sales_organization_code on sales_organization (code);
create index ix_sales_organization_name on sales_organization (name);

create sequence associate_id_seq start with 1;

create table users (
  id                    uuid         primary key,
  associate_id          integer      not null,
  username              varchar(255) not null,
  username_key          varchar(255) not null,
  initials              varchar(50),
  nick_name             varchar(255),
  external_code         varchar(50),
  firstname             varchar(255),
  lastname              varchar(255) not null,
  email                 varchar(255) not null,
  phone                 varchar(50),
  fax                   varchar(50),
  mobile                varchar(50),
  skype                 varchar(50),
  notes                 varchar,
  language_id           uuid references ref_language (id),
  private_email         varchar(250),
  private_phone         varchar(50),
  private_fax           varchar(50),
  private_mobile        varchar(50),
  private_street        varchar(50),
  private_street_number varchar(50),
  private_city          varchar(50),
  private_zip           varchar(50),
  private_country_id    uuid references ref_country (id),
  emergency_contact     varchar(64),
  bank_account          varchar(50),
  social_security       varchar(50),
  place_of_birth        varchar(255),
  nationality           varchar(255),
  functions             varchar(255),
  birthdate             date,
  sales_organization_id uuid         not null references sales_organization (id),
  user_group_id         uuid references ref_user_group (id),
  role_id               uuid references ref_role (id),
  is_team_leader        boolean      not null,
  team_leader_id        uuid references users (id),
  user_type             varchar(30)  not null,
  user_rank             integer      not null,
  tooltip               varchar(255),
  disabled              boolean      not null,
  waiting_for_approval  boolean      not null,
  is_on_travel          boolean      not null,
  ej_user_id            integer      not null,
  request_signature     varchar(255),
  archived              boolean      not null,
  created_at            timestamp with time zone not null,
  modified_at           timestamp with time zone not null,
  last_login            timestamp with time zone,
  last_logout           timestamp with time zone,
  version               bigint       not null
);
create unique index uq_users_associate_id on users (associate_id);
create unique index uq_users_username_key on users (username_key);
create unique index uq_users_initials on users (initials);
create unique index uq_users_nick_name on users (nick_name);
create unique index uq_users_external_code on users (external_code);
create index ix_users_email on users (email);
create index ix_users_team_leader on users (team_leader_id);
create index ix_users_sales_organization on users (sales_organization_id);

create table user_other_group (
  user_id  uuid not null references users (id),
  group_id uuid not null references ref_user_group (id),
  primary key (user_id, group_id)
);

create table user_ticket_category (
  user_id     uuid not null references users (id),
  category_id uuid not null references ref_ticket_category (id),
  primary key (user_id, category_id)
);

create table user_licence (
  user_id      uuid        not null references users (id),
  licence_code varchar(50) not null references ref_module_licence (code),
  primary key (user_id, licence_code)
);

-- Secrets are kept only as slow salted hashes.
create table user_credential (
  user_id       uuid         not null references users (id),
  ordinal       integer      not null,
  credential_type varchar(50) not null,
  secret_hash   varchar(255),
  display_value varchar(255),
  primary key (user_id, ordinal)
);

create table user_custom_field (
  user_id     uuid          not null references users (id),
  name        varchar(64)   not null,
  field_value varchar(4000) not null,
  primary key (user_id, name)
);

create table audit_record (
  id           bigint generated by default as identity primary key,
  recorded_at  timestamp with time zone not null,
  actor        varchar(255) not null,
  subject_type varchar(50)  not null,
  subject_id   varchar(64)  not null,
  action       varchar(20)  not null
);
create index ix_audit_record_subject on audit_record (subject_type, subject_id);

create table audit_change (
  record_id    bigint       not null references audit_record (id),
  ordinal      integer      not null,
  field        varchar(255) not null,
  before_value varchar,
  after_value  varchar,
  primary key (record_id, ordinal)
);
