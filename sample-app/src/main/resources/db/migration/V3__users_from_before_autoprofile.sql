-- Two users from before the application used AutoProfile: rows with neither a profile nor
-- preferences, as an existing database has them. autoprofile.backfill=run gives them both when
-- the application starts (application.properties), running Profile's and Preferences'
-- constructors, which SQL alone could not.

insert into sample_user (username, email) values ('alan', 'alan@example.org');
insert into sample_user (username, email) values ('edsger', 'edsger@example.org');
