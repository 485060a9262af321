#!/usr/bin/python3
"""Parses every RDF export with rdflib and compares its statement count with Jena's.

Usage: rdflib_check.py DIR FILE=COUNT...   (COUNT as Jena's riot --count gave it)
Exits 1 on any mismatch or parse error.
"""
import sys

import rdflib

FORMATS = {
    "astana.ttl": "turtle", "astana.nt": "nt", "astana.rdf": "xml", "astana.jsonld": "json-ld",
    "astana.trig": "trig", "astana.nq": "nquads", "void.ttl": "turtle",
}


def count(path, fmt):
    if fmt in ("trig", "nquads"):
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        return sum(1 for _ in ds.quads((None, None, None, None)))
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return len(g)


def main(argv):
    folder, expected = argv[1], dict(a.split("=", 1) for a in argv[2:])
    failures = 0
    for name, jena in sorted(expected.items()):
        try:
            n = count(f"{folder}/{name}", FORMATS[name])
        except Exception as e:  # report every file, then fail
            print(f"FAIL rdflib {name}: {type(e).__name__}: {e}")
            failures += 1
            continue
        ok = n == int(jena)
        failures += 0 if ok else 1
        print(f"{'ok  ' if ok else 'FAIL'} rdflib {rdflib.__version__} {name}: {n} statements (Jena: {jena})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
