package org.astanakg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the command line as a user would type it, with its exit code and captured output.
 *
 * @param code the exit code
 * @param out  what it printed to standard output
 * @param err  what it printed to standard error
 */
record Run(int code, String out, String err) {

    /** Runs {@code astana-kg args...} in this JVM. */
    static Run of(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
