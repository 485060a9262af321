#!/usr/bin/python3
"""Reads the GraphML export with networkx and checks its node and edge counts against counts
computed independently, with rdflib and SPARQL, from the N-Quads export.

Usage: graphml_check.py astana.graphml astana.nq
"""
import sys

import networkx
import rdflib

AK = "https://w3id.org/astana-kg/ontology#"
ACTORS = ["State", "Government", "Opposition", "ArmedGroup", "InternationalOrganisation", "Organisation",
          "MediaOutlet", "Person"]
PLACES = ["State", "Governorate", "City", "Region", "DeescalationZone"]
PREFIXES = f"PREFIX ak: <{AK}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def expected(nq):
    ds = rdflib.Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    classes = " ".join(f"ak:{c}" for c in sorted(set(ACTORS + PLACES)))
    nodes = set()
    for (e,) in ds.query(PREFIXES + f"""SELECT DISTINCT ?e WHERE {{
            GRAPH <https://w3id.org/astana-kg/graph/registry> {{ ?e a ?c ; rdfs:label ?l }}
            VALUES ?c {{ {classes} }} }}"""):
        nodes.add(e)
    for (e,) in ds.query(PREFIXES + "SELECT DISTINCT ?e WHERE { { ?e a ak:TalkRound } UNION { ?e a ak:Event } }"):
        nodes.add(e)
    edges = set()
    for p, s, o in ds.query(PREFIXES + """SELECT DISTINCT ?p ?s ?o WHERE {
            ?p a ak:Participation ; ak:participant ?s ; ak:inEvent ?o ; ak:role ?r }"""):
        if s in nodes and o in nodes:
            edges.add(("participation", p))
    for a, s, o in ds.query(PREFIXES + """SELECT DISTINCT ?a ?s ?o WHERE {
            ?a a ak:Alignment ; ak:alignedActor ?s ; ak:stance ?st ; ak:alignmentTarget ?o }"""):
        if s in nodes and o in nodes:
            edges.add(("alignment", a))
    for s, p, o in ds.query(PREFIXES + """SELECT DISTINCT ?s ?p ?o WHERE {
            VALUES ?p { ak:place ak:country ak:partOfPlace ak:partOfZone ak:coversArea ak:guarantor } ?s ?p ?o }"""):
        if s in nodes and o in nodes:
            edges.add((str(p), s, o))
    return len(nodes), len(edges)


def main(graphml, nq):
    g = networkx.read_graphml(graphml, force_multigraph=True)
    want_nodes, want_edges = expected(nq)
    got_nodes, got_edges = g.number_of_nodes(), g.number_of_edges()
    ok = (got_nodes, got_edges) == (want_nodes, want_edges) and want_nodes > 0
    print(f"{'ok  ' if ok else 'FAIL'} networkx {networkx.__version__} astana.graphml: {got_nodes} nodes, "
          f"{got_edges} edges (from the N-Quads with rdflib: {want_nodes} nodes, {want_edges} edges)")
    labelled = sum(1 for _, d in g.nodes(data=True) if d.get("label"))
    if labelled != got_nodes:
        print(f"FAIL networkx: {got_nodes - labelled} nodes without a label")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
