package io.github.chartdigitizer.cli;

import io.github.chartdigitizer.output.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chartdigitizer}: the command-line front end. */
@Command(name = "chartdigitizer", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns line-chart images back into data: finds the plot area and axes, reads the tick "
                + "labels, calibrates linear or log scales, and traces every coloured line.",
        subcommands = {DigitizeCommand.class, BatchCommand.class, ValidateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:usage error", "see a command's --help for more"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("chartdigitizer: internal error: " + ex);
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'chartdigitizer digitize IMAGE'");
    }

    /** Version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"chart-digitizer " + Version.get()};
        }
    }
}
