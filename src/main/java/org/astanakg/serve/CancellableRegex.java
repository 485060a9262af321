package org.astanakg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * {@code REGEX} and {@code REPLACE} that stop when the query is cancelled. {@link #rewrite} swaps the
 * built-ins for two functions that match over a {@link CancellableText}, so the query timeout also
 * stops a single long match (which ARQ's own functions cannot be interrupted in). The
 * {@link QueryGuard} has already made the pattern, flags and replacement constant strings.
 */
final class CancellableRegex {
    static final String REGEX = "urn:astana-kg:fn:regex";
    static final String REPLACE = "urn:astana-kg:fn:replace";

    static {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    private CancellableRegex() {
    }

    /** The query with every {@code REGEX} and {@code REPLACE} made cancellable. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        });
    }

    /** Common part: the compiled constant pattern and the query's cancel signal. */
    private abstract static class Cancellable extends FunctionBase {
        private Pattern pattern;
        private AtomicBoolean cancelled;

        abstract int patternArg();

        abstract int flagsArg();

        @Override
        public void build(String uri, ExprList args, Context context) {
            super.build(uri, args, context);
            String flags = args.size() > flagsArg() ? constant(args.get(flagsArg())) : "";
            pattern = RegexCheck.compile(constant(args.get(patternArg())), flags);
        }

        private static String constant(Expr e) {
            if (!e.isConstant() || !e.getConstant().isString()) {
                throw new ExprEvalException("regex pattern and flags must be constant strings");
            }
            return e.getConstant().getString();
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            cancelled = env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
            return super.exec(binding, args, uri, env);
        }

        Matcher matcher(NodeValue text) {
            if (!text.isString() && !text.isLangString()) {
                throw new ExprEvalException("not a string: " + text);
            }
            return pattern.matcher(new CancellableText(text.getString(), cancelled));
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Regex extends Cancellable {
        @Override
        int patternArg() {
            return 1;
        }

        @Override
        int flagsArg() {
            return 2;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            checkArity(args, 2, 3);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return NodeValue.booleanReturn(matcher(args.get(0)).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}; the result keeps the text's language tag. */
    public static final class Replace extends Cancellable {
        @Override
        int patternArg() {
            return 1;
        }

        @Override
        int flagsArg() {
            return 3;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            checkArity(args, 3, 4);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue text = args.get(0);
            String out = matcher(text).replaceAll(args.get(2).getString());
            String lang = text.isLangString() ? text.getLang() : null;
            return Lib.isEmpty(lang) ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }
    }

    private static void checkArity(ExprList args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new org.apache.jena.query.QueryBuildException("wrong number of arguments: " + args.size());
        }
    }
}
