// Loads the N-Quads export into Oxigraph and checks that every query gives the same answers as
// the Astana KG endpoint, compared as sets of rows. Oxigraph answers with its default graph as the
// union of all graphs, as the endpoint does. The dataset description graph (akg:graph/void), which
// the dumps carry but the endpoint does not serve as data, is dropped first.
//
// Usage: node oxigraph_check.mjs astana.nq http://127.0.0.1:PORT/astana/sparql QUERY.rq...
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");
const version = require("oxigraph/package.json").version;
const [nq, endpoint, ...queries] = process.argv.slice(2);
const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "byte",
  "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger"].map((t) => XSD + t));

const store = new oxigraph.Store();
store.load(readFileSync(nq, "utf8"), { format: "application/n-quads" });
store.update("DROP SILENT GRAPH <https://w3id.org/astana-kg/graph/void>");

function literal(value, lang, datatype) {
  if (lang) return JSON.stringify(value) + "@" + lang.toLowerCase();
  const dt = datatype || XSD + "string";
  if (NUMERIC.has(dt)) return "number:" + Number(value);
  return JSON.stringify(value) + "^^" + dt;
}

function fromOxigraph(t) {
  if (t.termType === "NamedNode") return "<" + t.value + ">";
  if (t.termType === "BlankNode") return "_:";
  return literal(t.value, t.language, t.datatype && t.datatype.value);
}

function fromJson(t) {
  if (t.type === "uri") return "<" + t.value + ">";
  if (t.type === "bnode") return "_:";
  return literal(t.value, t["xml:lang"], t.datatype);
}

async function endpointAnswer(query) {
  const r = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query }),
  });
  if (!r.ok) throw new Error(`endpoint answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
  const json = await r.json();
  if ("boolean" in json) return String(json.boolean);
  return json.results.bindings.map((b) =>
    JSON.stringify(Object.keys(b).sort().map((k) => [k, fromJson(b[k])])));
}

function oxigraphAnswer(query) {
  const result = store.query(query, { use_default_graph_as_union: true });
  if (typeof result === "boolean") return String(result);
  return result.map((row) =>
    JSON.stringify([...row.keys()].sort().map((k) => [k, fromOxigraph(row.get(k))])));
}

let failures = 0;
for (const file of queries) {
  const query = readFileSync(file, "utf8");
  const name = basename(file);
  try {
    const ours = await endpointAnswer(query);
    const theirs = oxigraphAnswer(query);
    if (typeof ours === "string" || typeof theirs === "string") {
      const same = ours === theirs;
      if (!same) failures++;
      console.log(`${same ? "ok  " : "FAIL"} oxigraph ${version} ${name}: ASK endpoint=${ours} oxigraph=${theirs}`);
      continue;
    }
    const a = new Set(ours);
    const b = new Set(theirs);
    const onlyOurs = [...a].filter((x) => !b.has(x));
    const onlyTheirs = [...b].filter((x) => !a.has(x));
    const same = onlyOurs.length === 0 && onlyTheirs.length === 0;
    if (!same) failures++;
    console.log(`${same ? "ok  " : "FAIL"} oxigraph ${version} ${name}: ${a.size} distinct rows (endpoint), ${b.size} (oxigraph)`);
    if (!same) {
      onlyOurs.slice(0, 5).forEach((r) => console.log("     only at the endpoint: " + r));
      onlyTheirs.slice(0, 5).forEach((r) => console.log("     only in oxigraph:     " + r));
    }
  } catch (e) {
    failures++;
    console.log(`FAIL oxigraph ${name}: ${e.message}`);
  }
}
if (queries.length === 0) {
  console.log("FAIL oxigraph: no queries to compare");
  failures++;
}
process.exit(failures ? 1 : 0);
