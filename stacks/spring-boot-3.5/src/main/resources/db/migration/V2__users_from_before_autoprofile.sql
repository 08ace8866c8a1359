-- Users of the application before it used AutoProfile: no profile, no notification settings.
-- spring.jpa.properties.autoprofile.backfill=run gives them both at startup.
insert into sb35_user (username, email) values ('grace', 'grace@example.org');
insert into sb35_user (username, email) values ('barbara', 'barbara@example.org');
