package nl.brug.document;

import java.util.List;

/**
 * A place to sign: who signs ({@code name}), in which capacity ({@code role}, e.g. "Partij" or "Bemiddelaar"),
 * and the labelled lines to fill in by hand ({@code lines}, e.g. "Datum", "Plaats", "Handtekening").
 */
public record SignatureBlock(String name, String role, List<String> lines) {

    public SignatureBlock {
        lines = List.copyOf(lines);
    }
}
