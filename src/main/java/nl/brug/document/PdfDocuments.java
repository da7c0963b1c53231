package nl.brug.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Starts PDF documents under the organisation's letterhead. The logo is read when Brug starts: a path that
 * does not lead to an image stops the start with a message that names {@code brug.organisation.logo}, instead
 * of failing at the first print in front of a party.
 */
@Component
@EnableConfigurationProperties(OrganisationProperties.class)
public class PdfDocuments {

    private final Letterhead letterhead;

    PdfDocuments(OrganisationProperties organisation, ResourceLoader resources) {
        this.letterhead = new Letterhead(organisation.name(), Letterhead.lines(organisation.address()),
                organisation.logo() == null || organisation.logo().isBlank() ? null : logo(organisation.logo(), resources));
        if (letterhead.logo() != null) {
            // Read it the way a document will, so an unreadable image is found now as well.
            PdfPages.checkLogo(letterhead.logo());
        }
    }

    public Letterhead letterhead() {
        return letterhead;
    }

    /** A new document, its first page begun with the letterhead and the title. */
    public PdfPages start(DocumentInfo info) {
        return new PdfPages(letterhead, info);
    }

    private static byte[] logo(String location, ResourceLoader resources) {
        String where = location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*") ? location : "file:" + location;
        try (InputStream in = resources.getResource(where).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("brug.organisation.logo: cannot read " + location, e);
        }
    }
}
