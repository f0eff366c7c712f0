import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community (embedded DBMS + Bolt connector) for local development and tests.
 *
 * Usage: java -cp CLASSPATH LocalNeo4j.java HOME_DIR CONF_FILE PORT
 * The password of the "neo4j" user is read from the NEO4J_PASSWORD environment variable
 * (never from the command line, which other users of the machine can read).
 */
public final class LocalNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalNeo4j HOME_DIR CONF_FILE PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = Path.of(args[1]).toAbsolutePath();
        int port = Integer.parseInt(args[2]);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }
        Files.createDirectories(home);

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("local-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("local-neo4j: stopped cleanly");
            stopped.countDown();
        }, "local-neo4j-shutdown"));

        // Embedded access bypasses authentication, so the configured password can be (re)applied
        // on every start; rotating NEO4J_PASSWORD needs no extra step.
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }

        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("local-neo4j: Neo4j %s Community ready on bolt://127.0.0.1:%d in %d ms (home %s)%n",
                Version.getNeo4jVersion(), port, ms, home);
        stopped.await();
    }
}
