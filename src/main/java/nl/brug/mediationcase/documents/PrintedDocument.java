package nl.brug.mediationcase.documents;

/** A document ready to download: its file name and the PDF's bytes. */
public record PrintedDocument(String fileName, byte[] content) {
}
