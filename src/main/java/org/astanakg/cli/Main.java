package org.astanakg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code astana-kg} command: dispatches to one subcommand per verb. */
@Command(name = "astana-kg", mixinStandardHelpOptions = true, version = "astana-kg 0.1.0",
        description = "A knowledge graph of the Astana peace process on Syria, built from news articles.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class,
                ExportCommand.class, LinkCommand.class, ExtractCommand.class, IngestCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:usage error", "3:the graph does not conform to the shapes",
                "4:unreadable or invalid input"})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to call {@code execute} on. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        return cmd;
    }
}
