/**
 * The public SPARQL endpoint: an embedded Fuseki serving the graph read-only, with query timeouts,
 * no {@code SERVICE} calls, CORS for queries, and a landing page listing the example queries.
 */
package org.astanakg.serve;
