-- One row the group commit's flush updates on PostgreSQL: a commit that wrote something and waits
-- for the disk makes every commit before it durable too.
create table group_commit_flush (
  id      integer primary key,
  flushes bigint  not null
);
insert into group_commit_flush (id, flushes) values (1, 0);
