insert into kt_member (username, email) values ('grace', 'grace@example.org');
insert into kt_member (username, email) values ('barbara', 'barbara@example.org');
