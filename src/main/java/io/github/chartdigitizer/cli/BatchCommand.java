package io.github.chartdigitizer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chartdigitizer.DigitizeException;
import io.github.chartdigitizer.Digitizer;
import io.github.chartdigitizer.DigitizerConfig;
import io.github.chartdigitizer.image.ImageLoadException;
import io.github.chartdigitizer.model.DigitizedChart;
import io.github.chartdigitizer.output.ChartCsv;
import io.github.chartdigitizer.output.ChartJson;
import io.github.chartdigitizer.output.Sampling;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chartdigitizer batch INPUT... -o OUTDIR}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Digitizes many charts: files, folders (searched recursively for images) or @list.txt "
                + "(one path per line). Writes OUTDIR/<image name>.json per chart and OUTDIR/summary.jsonl "
                + "(file, status, reason, seconds, series) for every input; a bad input is recorded and the run "
                + "goes on."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every input was digitized",
            "1:internal error",
            "2:usage error",
            "3:some inputs were not digitized (see summary.jsonl)"})
final class BatchCommand implements Callable<Integer> {
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Image files, folders, or @list.txt.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Folder for the results.")
    Path outDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel workers (default: one per core).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--csv", description = "Also write OUTDIR/<image name>.csv per chart.")
    boolean csv;

    @Option(names = "--no-titles", description = "Skip reading titles and axis titles (faster).")
    boolean noTitles;

    /** One line of summary.jsonl. */
    record Outcome(String file, String status, String reason, double seconds, int series) {
    }

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1: " + jobs);
        }
        List<Path> files = expand(inputs);
        Files.createDirectories(outDir);
        Digitizer digitizer = Digitizer.create(DigitizerConfig.DEFAULTS.withReadTitles(!noTitles));
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failed = new AtomicInteger();
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> one(digitizer, f)));
            }
            for (Future<Outcome> fu : futures) {
                Outcome o = fu.get();
                outcomes.add(o);
                if (!o.status().equals("ok")) {
                    failed.incrementAndGet();
                    err.println("chartdigitizer: " + o.file() + ": " + o.reason());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            sb.append(MAPPER.writeValueAsString(o)).append('\n');
        }
        DigitizeCommand.writeAtomically(outDir.resolve("summary.jsonl"), sb.toString());
        err.printf(Locale.ROOT, "Digitized %d of %d (%d failed)%n", files.size() - failed.get(), files.size(), failed.get());
        return failed.get() == 0 ? ExitCodes.OK : ExitCodes.NO_CHART;
    }

    private Outcome one(Digitizer digitizer, Path f) {
        long t0 = System.nanoTime();
        String status;
        String reason = null;
        int series = 0;
        try {
            DigitizedChart c = digitizer.digitize(f);
            String base = baseName(f);
            DigitizeCommand.writeAtomically(outDir.resolve(base + ".json"), ChartJson.write(c, new Sampling.EveryColumn()) + "\n");
            if (csv) {
                DigitizeCommand.writeAtomically(outDir.resolve(base + ".csv"), ChartCsv.write(c, new Sampling.EveryColumn()));
            }
            status = "ok";
            series = c.series().size();
        } catch (ImageLoadException e) {
            status = e.kind().name().toLowerCase(Locale.ROOT);
            reason = e.getMessage();
        } catch (DigitizeException e) {
            status = e.reason().name().toLowerCase(Locale.ROOT);
            reason = e.getMessage();
        } catch (IOException e) {
            status = "write_failed";
            reason = e.getMessage();
        } catch (RuntimeException e) {
            status = "internal_error";
            reason = e.toString();
        }
        return new Outcome(f.toString(), status, reason, (System.nanoTime() - t0) / 1e9, series);
    }

    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private List<Path> expand(List<String> args) throws IOException {
        Map<Path, Boolean> out = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("@")) {
                for (String line : Files.readAllLines(Path.of(a.substring(1)))) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.put(Path.of(line.strip()), true);
                    }
                }
            } else if (Files.isDirectory(Path.of(a))) {
                try (Stream<Path> s = Files.walk(Path.of(a))) {
                    s.filter(Files::isRegularFile).filter(BatchCommand::isImage).sorted().forEach(p -> out.put(p, true));
                }
            } else {
                out.put(Path.of(a), true);
            }
        }
        return new ArrayList<>(out.keySet());
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
