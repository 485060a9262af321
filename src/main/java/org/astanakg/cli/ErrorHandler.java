package org.astanakg.cli;

import org.astanakg.AstanaException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failure as one readable message (the stack trace only with {@code --verbose}) and maps it
 * to the exit code its exception names.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        if (verbose) {
            e.printStackTrace(cmd.getErr());
        }
        if (e instanceof AstanaException a) {
            cmd.getErr().println("error: " + a.getMessage());
            return a.exitCode();
        }
        cmd.getErr().println("internal error: " + e);
        return 1;
    }
}
