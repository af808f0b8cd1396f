package io.github.chartdigitizer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns {@code INPUT...} into the list of images to digitize, each with the name of its output.
 *
 * <p>A file is taken as given, whatever its extension (a bad one is recorded, not skipped); a
 * folder is searched recursively for files with an image extension, in sorted order;
 * {@code @list.txt} names one path per line (blank lines and {@code #} comments skipped;
 * relative paths are relative to the working folder). The same file named twice is digitized
 * once.
 */
final class BatchInputs {
    static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff", "wbmp");
    /** How many clashes a usage error lists before "and N more". */
    private static final int CLASHES_SHOWN = 5;

    /**
     * One image to digitize.
     *
     * @param path the input as given
     * @param name the output base name: {@code OUTDIR/<name>.json}
     */
    record Input(Path path, String name) {
    }

    /** An input list that cannot be used; the message says why (a usage error). */
    static final class BadInputs extends Exception {
        BadInputs(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private BatchInputs() {
    }

    /**
     * Expands the arguments and checks that no two inputs write the same output.
     *
     * @throws BadInputs for an unreadable {@code @list} or folder, no inputs at all, or two
     *                   inputs with the same base name ({@code a/x.png} and {@code b/x.jpg}
     *                   would both write {@code x.json}: refused up front rather than letting
     *                   one overwrite the other, since the output name is the contract)
     */
    static List<Input> expand(List<String> args) throws BadInputs {
        Map<Path, Path> files = new LinkedHashMap<>();   // normalised absolute path -> as given
        for (String a : args) {
            if (a.startsWith("@")) {
                Path list = Path.of(a.substring(1));
                List<String> lines;
                try {
                    lines = Files.readAllLines(list);
                } catch (NoSuchFileException e) {
                    throw new BadInputs("input list not found: " + list, e);
                } catch (IOException e) {
                    throw new BadInputs("cannot read input list " + list + ": " + e, e);
                }
                for (String line : lines) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        add(files, Path.of(s));
                    }
                }
            } else if (Files.isDirectory(Path.of(a))) {
                for (Path p : imagesUnder(Path.of(a))) {
                    add(files, p);
                }
            } else {
                add(files, Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new BadInputs("no images found in " + String.join(" ", args), null);
        }
        List<Input> inputs = new ArrayList<>(files.size());
        for (Path p : files.values()) {
            inputs.add(new Input(p, baseName(p)));
        }
        checkNoClash(inputs);
        return inputs;
    }

    /** Image files under a folder, recursively, sorted by path. */
    static List<Path> imagesUnder(Path dir) throws BadInputs {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(BatchInputs::hasImageExtension).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputs("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void add(Map<Path, Path> files, Path p) {
        files.putIfAbsent(p.toAbsolutePath().normalize(), p);
    }

    private static void checkNoClash(List<Input> inputs) throws BadInputs {
        Map<String, Input> byName = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Input in : inputs) {
            Input first = byName.putIfAbsent(in.name(), in);
            if (first != null) {
                clashes.add(first.path() + " and " + in.path() + " (" + in.name() + ".json)");
            }
        }
        if (!clashes.isEmpty()) {
            String shown = String.join("; ", clashes.subList(0, Math.min(CLASHES_SHOWN, clashes.size())));
            String more = clashes.size() > CLASHES_SHOWN ? "; and " + (clashes.size() - CLASHES_SHOWN) + " more" : "";
            throw new BadInputs("inputs with the same name would write the same output: " + shown + more
                    + ". Rename them or run them as separate batches", null);
        }
    }

    /** {@code a/b/p0001.png} gives {@code p0001}: the bench scorer looks for exactly that name. */
    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static boolean hasImageExtension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
