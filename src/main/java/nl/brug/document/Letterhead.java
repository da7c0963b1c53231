package nl.brug.document;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What heads each document: the organisation's name, its address lines and its logo (the image file's bytes,
 * read once at start so that a wrong path is found then and not at the first print).
 */
public record Letterhead(String name, List<String> addressLines, byte @Nullable [] logo) {

    public Letterhead {
        addressLines = List.copyOf(addressLines);
    }

    static List<String> lines(String address) {
        return Arrays.stream(address.split("\\R|\\s\\|\\s")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
