#!/usr/bin/env bash
# Checks the exports with independent tools, and fails loudly if any disagrees with Jena:
#   rdflib (Python) parses every RDF export to the same statement count as Jena's riot;
#   rapper (Raptor) validates the Turtle, N-Triples and RDF/XML exports, with the same counts;
#   networkx reads the GraphML with the node and edge counts rdflib computes from the N-Quads;
#   Neo4j's neo4j-admin database import loads the Neo4j CSVs (skip with INTEROP_NEO4J=0);
#   Oxigraph (npm) loads the N-Quads and answers every non-federated query in queries/ (and the
#   extra ones in src/test/interop/queries/) as our endpoint does, compared as sets of rows.
# Usage: src/test/interop/run.sh [PROJECT_DIR]   (default: the repository itself; the exports and
# logs go to target/interop/). Install the tools first with .ci/install-interop.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
PROJECT="${1:-${INTEROP_PROJECT:-.}}"
OUT="target/interop"
JAR="target/astana-kg.jar"
HERE="src/test/interop"
PY=/usr/bin/python3
passed=0
failed=0

die() { echo "interop: $*" >&2; exit 1; }
check() { # check NAME COMMAND...: runs a check, counts it
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else echo "interop: FAILED: $name" >&2; failed=$((failed + 1)); fi
}

for tool in java rapper node; do command -v "$tool" >/dev/null || die "$tool is missing: run .ci/install-interop.sh"; done
$PY -c 'import rdflib, networkx' 2>/dev/null || die "python3-rdflib or python3-networkx is missing: run .ci/install-interop.sh"
(cd "$HERE" && node -e 'require("oxigraph")' 2>/dev/null) || die "npm oxigraph is missing: run .ci/install-interop.sh"
[ -f "$PROJECT/ontology/astana.ttl" ] || die "$PROJECT has no ontology/astana.ttl: give a project folder"
if [ ! -f "$JAR" ]; then
  echo "interop: building $JAR"
  mvn -q -B -DskipTests package || die "the build failed"
fi

rm -rf "$OUT"
mkdir -p "$OUT"
java -jar "$JAR" export --format all --project "$PROJECT" -o "$OUT" 2> "$OUT/export.log" \
  || { cat "$OUT/export.log" >&2; die "export failed"; }

# Stable output: a second export is byte-identical.
stable() {
  java -jar "$JAR" export --format all --project "$PROJECT" -o "$OUT/again" 2> /dev/null
  if diff -r -q -x again -x build -x '*.log' -x '*.diff' "$OUT" "$OUT/again" > "$OUT/again.log" \
      && [ "$(ls "$OUT/again" | wc -l)" -gt 10 ]; then
    echo "ok   stable: a second export of every format is byte-identical"
  else
    echo "FAIL stable: the second export differs:"; head -5 "$OUT/again.log"; return 1
  fi
}
check "stable output" stable

# Jena's own count of each RDF file (riot --count), the reference the other tools must match.
declare -A JENA
for f in astana.trig astana.nq astana.ttl astana.nt astana.jsonld astana.rdf void.ttl; do
  line="$(java -cp "$JAR" riotcmd.riot --count "$OUT/$f" 2>&1 | grep -E '(Triples|Quads) = ' || true)"
  [ -n "$line" ] || die "Jena could not count $f"
  JENA[$f]="$(sed -E 's/.*= *([0-9,]+).*/\1/; s/,//g' <<<"$line")"
done
same_counts() {
  local ok=0
  for f in astana.ttl astana.nt astana.jsonld astana.rdf; do
    [ "${JENA[$f]}" = "${JENA[astana.nt]}" ] || { echo "FAIL jena $f: ${JENA[$f]} triples, N-Triples ${JENA[astana.nt]}"; ok=1; }
  done
  [ "${JENA[astana.trig]}" = "${JENA[astana.nq]}" ] || { echo "FAIL jena: TriG ${JENA[astana.trig]} quads, N-Quads ${JENA[astana.nq]}"; ok=1; }
  [ $ok = 0 ] && echo "ok   jena: every union export has ${JENA[astana.nt]} triples; TriG and N-Quads ${JENA[astana.nq]} quads"
  return $ok
}
check "Jena counts agree across formats" same_counts

# The dumps that keep graphs hold every quad the build makes, plus the description graph.
all_quads() {
  local built
  built="$(java -jar "$JAR" build --project "$PROJECT" -o "$OUT/build" 2>&1 | sed -nE 's/^built ([0-9]+) quads.*/\1/p')"
  if [ -n "$built" ] && [ $((built + JENA[void.ttl])) = "${JENA[astana.nq]}" ]; then
    echo "ok   jena: build made $built quads; N-Quads has them plus ${JENA[void.ttl]} description triples"
  else
    echo "FAIL jena: build made '${built}' quads, description ${JENA[void.ttl]}, N-Quads ${JENA[astana.nq]}"; return 1
  fi
}
check "every quad exported" all_quads

args=()
for f in "${!JENA[@]}"; do args+=("$f=${JENA[$f]}"); done
check "rdflib" $PY "$HERE/rdflib_check.py" "$OUT" "${args[@]}"

rapper_check() {
  local file="$1" syntax="$2" n
  n="$(rapper -c -i "$syntax" "$OUT/$file" 2>&1 | sed -nE 's/.*returned ([0-9]+) triples.*/\1/p')"
  if [ "$n" = "${JENA[$file]}" ]; then
    echo "ok   rapper $(rapper --version) $file: $n triples (Jena: ${JENA[$file]})"
  else
    echo "FAIL rapper $file: '${n}' triples (Jena: ${JENA[$file]})"; rapper -i "$syntax" -c "$OUT/$file" 2>&1 | head -5
    return 1
  fi
}
check "rapper turtle" rapper_check astana.ttl turtle
check "rapper ntriples" rapper_check astana.nt ntriples
check "rapper rdfxml" rapper_check astana.rdf rdfxml
check "rapper void" rapper_check void.ttl turtle

check "networkx graphml" $PY "$HERE/graphml_check.py" "$OUT/astana.graphml" "$OUT/astana.nq"

# Neo4j's own importer (neo4j-admin database import full, from Maven Central) loads the CSVs with no
# bad entries and as many nodes and relationships as the files have rows.
neo4j_import() {
  local cp="target/neo4j-classpath.txt" home="$OUT/neo4j-home" log="$OUT/neo4j-import.log"
  [ -s "$cp" ] || mvn -q -B -f "$HERE/neo4j/pom.xml" dependency:build-classpath -Dmdep.outputFile="$ROOT/$cp" \
    || { echo "FAIL neo4j: cannot resolve the import tool"; return 1; }
  mkdir -p "$home/conf" && : > "$home/conf/neo4j.conf"
  NEO4J_HOME="$ROOT/$home" NEO4J_CONF="$ROOT/$home/conf" java -cp "$(cat "$cp")" org.neo4j.cli.AdminTool \
    database import full --nodes="$OUT/neo4j/nodes.csv" --relationships="$OUT/neo4j/relationships.csv" \
    --report-file="$OUT/neo4j-import.report" --overwrite-destination neo4j > "$log" 2>&1 \
    || { echo "FAIL neo4j: the import failed"; tail -20 "$log"; return 1; }
  local nodes rels want_nodes want_rels
  nodes="$(sed -nE 's/^ *([0-9]+) nodes$/\1/p' "$log")"
  rels="$(sed -nE 's/^ *([0-9]+) relationships$/\1/p' "$log")"
  want_nodes=$(($(wc -l < "$OUT/neo4j/nodes.csv") - 1))
  want_rels=$(($(wc -l < "$OUT/neo4j/relationships.csv") - 1))
  if [ "$nodes" = "$want_nodes" ] && [ "$rels" = "$want_rels" ] && [ ! -s "$OUT/neo4j-import.report" ]; then
    echo "ok   neo4j-admin 5.26 import: $nodes nodes, $rels relationships, no bad entries"
  else
    echo "FAIL neo4j-admin import: '$nodes' nodes of $want_nodes, '$rels' relationships of $want_rels"
    head -5 "$OUT/neo4j-import.report" 2>/dev/null; return 1
  fi
  # Cypher on the imported store: one PARTICIPATED_IN per line of participants.csv, guarantors per round.
  java -cp "$(cat "$cp")" "$HERE/neo4j/Neo4jQuery.java" "$ROOT/$home" > "$OUT/neo4j-cypher.log" 2>&1 \
    || { echo "FAIL neo4j: Cypher on the imported store failed"; tail -5 "$OUT/neo4j-cypher.log"; return 1; }
  local participated want_part
  participated="$(sed -nE 's/^type=PARTICIPATED_IN n=([0-9]+)$/\1/p' "$OUT/neo4j-cypher.log")"
  want_part=$(($(wc -l < "$OUT/csv/participants.csv") - 1))
  if [ "$participated" = "$want_part" ] && grep -q 'guarantors=\[' "$OUT/neo4j-cypher.log"; then
    echo "ok   neo4j cypher: $participated PARTICIPATED_IN relationships (participants.csv: $want_part);" \
      "$(grep -c 'guarantors=' "$OUT/neo4j-cypher.log") rounds with guarantors"
  else
    echo "FAIL neo4j cypher: '$participated' PARTICIPATED_IN, participants.csv has $want_part"; return 1
  fi
}
if [ "${INTEROP_NEO4J:-1}" = 1 ]; then check "neo4j import" neo4j_import; fi

# Our endpoint, on a free loopback port, for Oxigraph to be compared with.
PORT="$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -jar "$JAR" serve --project "$PROJECT" --port "$PORT" > "$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
ENDPOINT="http://127.0.0.1:$PORT/astana/sparql"
up=""
for _ in $(seq 1 120); do
  if curl -sf -o /dev/null --data-urlencode 'query=ASK {}' "$ENDPOINT"; then up=yes; break; fi
  kill -0 $SERVER 2>/dev/null || break
  sleep 1
done
[ -n "$up" ] || { cat "$OUT/serve.log" >&2; die "the endpoint did not come up"; }
queries=()
for q in queries/*.rq "$HERE"/queries/*.rq; do
  [ -f "$q" ] || continue
  grep -qi 'SERVICE' "$q" && continue
  queries+=("$q")
done
check "oxigraph" node "$HERE/oxigraph_check.mjs" "$OUT/astana.nq" "$ENDPOINT" "${queries[@]}"
kill $SERVER 2>/dev/null || true

echo "interop: $passed passed, $failed failed"
[ "$failed" = 0 ]
