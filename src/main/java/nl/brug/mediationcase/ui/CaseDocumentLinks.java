package nl.brug.mediationcase.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseClosedException;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.documents.CaseDocument;
import nl.brug.mediationcase.documents.CaseDocumentService;
import nl.brug.mediationcase.documents.PrintedDocument;

/**
 * Links that download a case's papers as PDF, in Dutch or English (the party's language, chosen per
 * download). The download request carries the user's session, so the service's access rule applies to it.
 */
final class CaseDocumentLinks {

    private static final Logger log = LoggerFactory.getLogger(CaseDocumentLinks.class);

    private final String reference;
    private final CaseDocumentService documents;

    CaseDocumentLinks(String reference, CaseDocumentService documents) {
        this.reference = reference;
        this.documents = documents;
    }

    /** The mediation agreement every party signs before the first joint session. */
    Component mediationAgreement(Component owner) {
        return block(owner, null, link(owner, CaseDocument.MEDIATION_AGREEMENT, BrugI18NProvider.DUTCH,
                "documents.mediationAgreement.nl", "document-mediation-agreement-nl"),
                link(owner, CaseDocument.MEDIATION_AGREEMENT, BrugI18NProvider.ENGLISH,
                        "documents.mediationAgreement.en", "document-mediation-agreement-en"));
    }

    /**
     * The agreement: printable once its form is chosen. Until then the page says why instead of offering links
     * (a disabled link is hard to read and says nothing).
     */
    Component agreement(Component owner, boolean formChosen) {
        if (!formChosen) {
            return block(owner, owner.getTranslation("documents.agreement.needsForm"));
        }
        return block(owner, null, link(owner, CaseDocument.AGREEMENT, BrugI18NProvider.DUTCH, "documents.agreement.nl",
                "document-agreement-nl"), link(owner, CaseDocument.AGREEMENT, BrugI18NProvider.ENGLISH,
                        "documents.agreement.en", "document-agreement-en"));
    }

    private static Component block(Component owner, @Nullable String note, Anchor... links) {
        Div block = new Div(new H3(owner.getTranslation("documents.title")));
        block.addClassName("brug-documents");
        Paragraph intro = new Paragraph(note == null ? owner.getTranslation("documents.intro") : note);
        intro.addClassName("brug-muted");
        block.add(intro);
        Div row = new Div(links);
        row.addClassName("brug-document-links");
        block.add(row);
        return block;
    }

    private Anchor link(Component owner, CaseDocument document, Locale language, String labelKey, String id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> download(document, language)),
                AttachmentType.DOWNLOAD, owner.getTranslation(labelKey));
        link.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        link.setId(id);
        return link;
    }

    private DownloadResponse download(CaseDocument document, Locale language) {
        try {
            PrintedDocument printed = documents.print(reference, document, language);
            return new DownloadResponse(new ByteArrayInputStream(printed.content()), printed.fileName(),
                    "application/pdf", printed.content().length);
        } catch (CaseNotFoundException | AccessDeniedException refused) {
            return DownloadResponse.error(404);
        } catch (InvalidInputException | CaseClosedException changedMeanwhile) {
            // The form was cleared or the case anonymised since the page was drawn: the page is out of date.
            log.info("Document {} of case {} refused: {}", document, reference, changedMeanwhile.getClass().getSimpleName());
            return DownloadResponse.error(409);
        }
    }
}
