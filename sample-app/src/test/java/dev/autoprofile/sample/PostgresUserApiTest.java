package dev.autoprofile.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The contract on PostgreSQL through the {@code postgres} profile, as a user would start it. The
 * database is kept between runs: the Flyway history makes the schema once, the fixture loader
 * finds its users present, and every test makes users with names of its own.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PostgresUserApiTest extends UserApiContract {}
