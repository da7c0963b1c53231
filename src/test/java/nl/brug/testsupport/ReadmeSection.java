package nl.brug.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of README.md ({@code ## Title} up to the next {@code ## }), and its fenced code blocks, so a
 * test can run what the README tells an administrator to run, exactly as it is written.
 */
public final class ReadmeSection {

    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z_]+)=(\\S+)");

    private final String title;
    private final String text;

    private ReadmeSection(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public static ReadmeSection read(String title) {
        try {
            String readme = Files.readString(Path.of("README.md"));
            int start = readme.indexOf("\n## " + title + "\n");
            if (start < 0) {
                throw new IllegalStateException("README.md has no section '## " + title + "'");
            }
            int end = readme.indexOf("\n## ", start + 4);
            return new ReadmeSection(title, readme.substring(start, end < 0 ? readme.length() : end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code blocks of one language ({@code sql}, {@code bash}), in order. */
    public List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            if (block.group(1).equals(language)) {
                blocks.add(block.group(2));
            }
        }
        if (blocks.isEmpty()) {
            throw new IllegalStateException("The README's section '" + title + "' has no ```" + language + " block");
        }
        return blocks;
    }

    /** The SQL statements of the section's {@code sql} blocks. */
    public List<String> sqlStatements() {
        return blocks("sql").stream().flatMap(block -> Arrays.stream(block.split(";")))
                .map(String::strip).filter(statement -> !statement.isEmpty()).toList();
    }

    /** Every {@code NAME=value} that an {@code export} line of the section's {@code bash} blocks sets. */
    public Map<String, String> exports() {
        Map<String, String> variables = new LinkedHashMap<>();
        blocks("bash").stream().flatMap(String::lines).filter(line -> line.startsWith("export ")).forEach(line -> {
            Matcher assignment = ASSIGNMENT.matcher(line);
            while (assignment.find()) {
                variables.put(assignment.group(1), assignment.group(2));
            }
        });
        return variables;
    }

    /** The lines of the section's {@code bash} blocks that start with this command. */
    public List<String> commandLines(String command) {
        return blocks("bash").stream().flatMap(String::lines).filter(line -> line.startsWith(command + " ")).toList();
    }
}
