import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Opens the store neo4j-admin imported (embedded, read only) and prints one Cypher answer as
 * {@code key=value} lines: the number of nodes per label and of relationships per type, and the
 * guarantors of each numbered round. Usage: java -cp NEO4J_CLASSPATH Neo4jQuery.java NEO4J_HOME
 */
public final class Neo4jQuery {
    public static void main(String[] args) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(org.neo4j.configuration.GraphDatabaseSettings.read_only_database_default, true).build();
        try {
            GraphDatabaseService db = dbms.database("neo4j");
            try (Transaction tx = db.beginTx()) {
                print(tx.execute("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label"));
                print(tx.execute("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type"));
                print(tx.execute("MATCH (a:Actor)-[p:PARTICIPATED_IN {role: 'guarantor'}]->(r:TalkRound) "
                        + "RETURN r.ordinal AS round, collect(a.label) AS guarantors ORDER BY round"));
            }
        } finally {
            dbms.shutdown();
        }
    }

    private static void print(Result result) {
        while (result.hasNext()) {
            Map<String, Object> row = result.next();
            StringBuilder b = new StringBuilder();
            row.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
            System.out.println(b);
        }
    }
}
