package nl.brug.mediationcase.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Reads the demo profile's data files: tab-separated lines, with {@code #} lines as comments. */
final class DemoData {

    private DemoData() {
    }

    static List<List<String>> lines(String resource) {
        try (InputStream in = Objects.requireNonNull(DemoData.class.getClassLoader().getResourceAsStream(resource),
                resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Arrays.asList(line.split("\t")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
