/**
 * The public SPARQL endpoint: an embedded Fuseki serving the graph read-only with the union of its
 * named graphs as default graph. A {@link org.astanakg.serve.RequestFilter} refuses malformed and
 * write requests, {@link org.astanakg.serve.CorsFilter} grants read-only CORS, and
 * {@link org.astanakg.serve.GuardedQueryService} replaces Fuseki's query operation: the
 * {@link org.astanakg.serve.QueryGuard} checks each query before it runs (size, nesting, allowed
 * functions, no {@code SERVICE}), the {@link org.astanakg.serve.QueryGate} bounds how many run at
 * once, and results are buffered so that a timeout is a clean 503. The landing page lists the
 * example queries.
 */
package org.astanakg.serve;
