package nl.brug.mediationcase;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.brug.testsupport.PostgresServer;

/**
 * The same measurements as {@link CaseListBenchmark} on PostgreSQL: a throw-away server with {@code bench.cases}
 * cases (default 100,000), made anew on every run, the free-text words in the same table with a pattern index
 * (decision 035). Run it with:
 *
 * <pre>./mvnw -B test -Dtest=CaseListPostgresqlBenchmark#measure -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true</pre>
 */
class CaseListPostgresqlBenchmark extends CaseListBenchmark {

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
