#!/usr/bin/env bash
# Installs the independent tools the interoperability checks (src/test/interop/run.sh) use:
# Debian's python3-rdflib, python3-networkx and raptor2-utils (rapper), Node.js with npm, Neo4j's
# import tool (Maven Central, pinned in src/test/interop/neo4j/pom.xml) and the
# npm package oxigraph into src/test/interop/node_modules (git-ignored). Safe to run twice; installs
# only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || need_apt+=(python3-rdflib)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need_apt+=(python3-networkx)
command -v rapper >/dev/null || need_apt+=(raptor2-utils)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install-interop: apt-get install ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

# oxigraph, pinned by src/test/interop/package.json and package-lock.json
if ! (cd src/test/interop && node -e "require('oxigraph')" 2>/dev/null); then
  echo "install-interop: npm ci (oxigraph) in src/test/interop"
  (cd src/test/interop && npm ci --no-audit --no-fund --loglevel=error)
fi
# Neo4j's import tool, from Maven Central (only its classpath is kept, in target/)
if [ ! -s target/neo4j-classpath.txt ]; then
  echo "install-interop: resolving neo4j-admin's import tool (Maven)"
  mvn -q -B -f src/test/interop/neo4j/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/neo4j-classpath.txt"
fi
echo "install-interop: rdflib $(/usr/bin/python3 -c 'import rdflib; print(rdflib.__version__)'),"\
  "networkx $(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)'),"\
  "$(rapper --version 2>/dev/null | head -1 | sed 's/^/rapper /'), node $(node --version),"\
  "oxigraph $(cd src/test/interop && node -p "require('oxigraph/package.json').version")"
