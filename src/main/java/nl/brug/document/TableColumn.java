package nl.brug.document;

/** A column of a table in a document: its header and its share of the page's width (relative to the others). */
public record TableColumn(String header, float weight) {

    public TableColumn {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("A column needs a positive weight: " + header);
        }
    }
}
