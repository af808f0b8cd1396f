package io.github.chartdigitizer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line printed and returned, for CLI tests. */
record CliRun(int exitCode, String out, String err) {
    /** Runs {@code chartdigitizer ARGS...} in process with captured output. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
