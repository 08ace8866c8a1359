-- data.sql of DeferredDataSqlTest: users without profiles, as in db/migration/V2
insert into sb35_user (username, email) values ('grace', 'grace@example.org');
insert into sb35_user (username, email) values ('barbara', 'barbara@example.org');
