-- Members stored before AutoProfile: no profile, no badge.
insert into sbmod_member (name) values ('grace');
insert into sbmod_member (name) values ('barbara');
