package nl.brug.mediationcase.documents;

import java.util.List;

import nl.brug.document.PdfDocuments;
import nl.brug.document.PdfPages;

/**
 * The mediation agreement (deelnameovereenkomst) every party signs before the first joint session: that taking
 * part is voluntary, that what is said stays confidential, what the mediators do and do not do, and how anyone
 * stops. The articles are Brug's standard text, in Dutch or English.
 */
final class MediationAgreementPaper {

    /** The articles, in order; each has a heading and a text in the bundles. */
    static final List<String> ARTICLES = List.of("voluntary", "confidential", "mediators", "stopping", "data");

    private MediationAgreementPaper() {
    }

    static byte[] write(PdfDocuments pdf, CasePaper paper, String organisation) {
        try (PdfPages pages = pdf.start(paper.info(paper.words("document.mediationAgreement.title")))) {
            pages.facts(paper.facts());
            pages.paragraph(paper.words("document.mediationAgreement.intro", organisation));
            pages.heading(paper.words("document.parties"));
            pages.table(paper.partyColumns(), paper.partyRows());
            int number = 1;
            for (String article : ARTICLES) {
                pages.heading(number++ + ". " + paper.words("document.mediationAgreement." + article + ".title"));
                pages.paragraph(paper.words("document.mediationAgreement." + article + ".text", organisation));
            }
            pages.heading(paper.words("document.signatures"));
            pages.paragraph(paper.words("document.mediationAgreement.signing"));
            pages.signatures(paper.signatureBlocks());
            return pages.finish();
        }
    }
}
