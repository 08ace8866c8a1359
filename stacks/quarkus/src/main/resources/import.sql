-- Users from before AutoProfile: inserted by SQL, so no profile, settings or badge rows.
-- Quarkus runs this file after creating the schema, in dev and test mode.
insert into qk_account (email) values ('ada@legacy.example');
insert into qk_account (email) values ('grace@legacy.example');
insert into qk_account (email) values ('barbara@legacy.example');
insert into qk_member (id, nickname) values (9001, 'legacy-linus');
insert into qk_member (id, nickname) values (9002, 'legacy-ken');
insert into qk_member (id, nickname) values (9003, 'legacy-dennis');
