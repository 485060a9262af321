package org.astanakg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Folds query rows into one line per key: a column holding several values (two sources, two
 * labels) lists them sorted, joined by {@code " | "}.
 */
final class Table {
    private final List<String> columns;
    private final Map<String, Map<String, TreeSet<String>>> lines = new TreeMap<>();

    /** A table with these columns, each named after the query variable it reads. */
    Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds the rows, each under the sort key {@code key} gives it. */
    Table addAll(List<Map<String, Node>> rows, Function<Map<String, Node>, String> key,
            Function<Node, String> show) {
        for (Map<String, Node> row : rows) {
            Map<String, TreeSet<String>> line = lines.computeIfAbsent(key.apply(row), k -> new LinkedHashMap<>());
            for (String c : columns) {
                TreeSet<String> values = line.computeIfAbsent(c, k -> new TreeSet<>());
                String v = show.apply(row.get(c));
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        }
        return this;
    }

    /** The table as CSV, the header being {@code header}. */
    Csv csv(List<String> header) {
        Csv csv = new Csv().row(header);
        for (Map<String, TreeSet<String>> line : lines.values()) {
            List<String> fields = new ArrayList<>();
            columns.forEach(c -> fields.add(String.join(" | ", line.get(c))));
            csv.row(fields);
        }
        return csv;
    }
}
