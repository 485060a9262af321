package org.astanakg.serve;

import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.aggregate.AggCustom;

/**
 * The rules a query must pass before the endpoint runs it. Cheap text rules come first, before the
 * parser (which, like ARQ's walkers, recurses once per nesting level or chained operator); rules on
 * the parsed query come next: no {@code SERVICE} unless the policy allows its IRI, only allowlisted
 * extension functions, no property functions or custom aggregates, no catastrophic regex patterns.
 * Every refusal is a {@link QueryRejectedException} with a message for the client.
 */
public final class QueryGuard {
    /** The longest query text accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 64 * 1024;
    /** The deepest nesting of brackets accepted. */
    public static final int MAX_DEPTH = 24;
    /** The most operator tokens accepted (each one is a level of recursion when chained). */
    public static final int MAX_OPERATORS = 400;
    /** The deepest nesting of {@code EXISTS} patterns accepted. */
    public static final int MAX_EXISTS_DEPTH = 3;

    private final Predicate<String> serviceAllowed;

    /** A guard that refuses every {@code SERVICE}. */
    public QueryGuard() {
        this(iri -> false);
    }

    /**
     * A guard that lets through {@code SERVICE <iri>} when {@code serviceAllowed} accepts the IRI
     * (the hook for an allowlist); {@code SERVICE ?var} is always refused.
     */
    public QueryGuard(Predicate<String> serviceAllowed) {
        this.serviceAllowed = serviceAllowed;
    }

    /** Checks the query text before it is parsed. */
    public void checkText(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new QueryRejectedException(413, "query longer than " + MAX_QUERY_CHARS + " characters");
        }
        QueryText shape = QueryText.scan(text);
        if (shape.depth() > MAX_DEPTH) {
            throw bad("query nests brackets " + shape.depth() + " deep; the limit is " + MAX_DEPTH);
        }
        if (shape.operators() > MAX_OPERATORS) {
            throw bad("query has " + shape.operators() + " operators (UNION, ||, &&, +, /, ...); the limit is "
                    + MAX_OPERATORS);
        }
        if (shape.existsDepth() > MAX_EXISTS_DEPTH) {
            throw bad("query nests EXISTS " + shape.existsDepth() + " deep; the limit is " + MAX_EXISTS_DEPTH);
        }
    }

    /** Checks the parsed query. */
    public void checkQuery(Query query) {
        if (query.isJsonType()) {
            throw bad("JSON queries are not supported; use SELECT, ASK, CONSTRUCT or DESCRIBE");
        }
        OpRules rules = new OpRules();
        Walker.walk(Algebra.compile(query), rules, rules.exprRules);
    }

    private static QueryRejectedException bad(String message) {
        return new QueryRejectedException(400, message);
    }

    /**
     * Rules on the algebra: SERVICE, property functions, custom aggregates. ARQ's walker does not
     * visit sort conditions or aggregate arguments, so those expressions are walked here.
     */
    private final class OpRules extends OpVisitorBase {
        private final ExprRules exprRules = new ExprRules();

        private void walk(Expr e) {
            if (e != null) {
                Walker.walk(e, this, exprRules);
            }
        }

        @Override
        public void visit(OpOrder op) {
            op.getConditions().forEach(c -> walk(c.getExpression()));
        }

        @Override
        public void visit(OpService op) {
            Node service = op.getService();
            if (!service.isURI() || !serviceAllowed.test(service.getURI())) {
                throw bad("SERVICE is not allowed on this endpoint: " + service);
            }
        }

        @Override
        public void visit(OpGroup op) {
            for (ExprAggregator agg : op.getAggregators()) {
                if (agg.getAggregator() instanceof AggCustom) {
                    throw bad("custom aggregates are not allowed on this endpoint");
                }
                if (agg.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcat
                        || agg.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct) {
                    throw bad("GROUP_CONCAT is not available on this endpoint (one value can grow without bound); "
                            + "select the rows instead");
                }
                if (agg.getAggregator().getExprList() != null) {
                    agg.getAggregator().getExprList().forEach(this::walk);
                }
            }
        }

        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(QueryGuard::checkPredicate);
        }

        @Override
        public void visit(OpTriple op) {
            checkPredicate(op.getTriple());
        }

        @Override
        public void visit(OpQuadPattern op) {
            op.getPattern().forEach(q -> checkPredicate(q.asTriple()));
        }
    }

    private static void checkPredicate(Triple t) {
        checkPredicateNode(t.getPredicate());
    }

    private static void checkPredicateNode(Node p) {
        if (p.isURI() && !Extensions.propertyFunctionAllowed(p.getURI())) {
            throw bad("property functions are not allowed on this endpoint: <" + p.getURI() + ">");
        }
    }

    /** Rules on expressions: functions, aggregates, regex patterns. */
    private static final class ExprRules extends ExprVisitorBase {
        @Override
        public void visit(ExprFunctionN f) {
            if (f instanceof E_Function fn && !Extensions.functionAllowed(fn.getFunctionIRI())) {
                throw bad("function <" + fn.getFunctionIRI() + "> is not allowed on this endpoint");
            }
            if (f instanceof E_Call) {
                throw bad("CALL is not allowed on this endpoint");
            }
            if (f instanceof E_Regex) {
                checkRegex(f.getArg(2), f.getArg(3), null);
            } else if (f instanceof E_StrReplace) {
                checkRegex(f.getArg(2), f.getArg(4), f.getArg(3));
            }
        }

        /** The pattern, flags and REPLACE replacement must be constant strings that {@link RegexCheck} accepts. */
        private static void checkRegex(Expr pattern, Expr flags, Expr replacement) {
            String p = constant(pattern, "regex pattern");
            String f = flags == null ? "" : constant(flags, "regex flags");
            String problem = replacement == null ? RegexCheck.problem(p, f)
                    : RegexCheck.replacementProblem(p, f, constant(replacement, "REPLACE replacement"));
            if (problem != null) {
                throw bad(problem);
            }
        }

        private static String constant(Expr e, String what) {
            if (!e.isConstant() || !e.getConstant().isString()) {
                throw bad("a " + what + " must be a constant string on this endpoint");
            }
            return e.getConstant().getString();
        }
    }
}
