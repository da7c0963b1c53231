package nl.brug.mediationcase;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.brug.testsupport.PostgresServer;

/**
 * The measurements of {@link WorkListsBenchmark} on PostgreSQL: a throw-away server, the data set built anew
 * in it. Run it with
 *
 * <pre>./mvnw -B test -Dtest=WorkListsPostgresqlBenchmark -Dbench.cases=1000000 -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true</pre>
 */
class WorkListsPostgresqlBenchmark extends WorkListsBenchmark {

    private static PostgresServer server;

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) {
        server = PostgresServer.start(true);
        server.executeAsSuperuser("postgres", "create user brug with password 'brug'",
                "create database brug owner brug encoding 'UTF8'");
        registry.add("spring.datasource.url", () -> server.jdbcUrl("brug"));
        registry.add("spring.datasource.username", () -> "brug");
        registry.add("spring.datasource.password", () -> "brug");
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
