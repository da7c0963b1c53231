package nl.brug.mediationcase.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.brug.base.DisplayFormats;
import nl.brug.document.PdfDocuments;
import nl.brug.document.PdfPages;
import nl.brug.document.TableColumn;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.agreement.AgreementForm;

/**
 * The agreement the parties sign at the end, with every item (what, who, by when) and its form said in words:
 * an agreement of intent states that it does not bind, a settlement agreement (art. 7:900 BW) that it does.
 */
final class AgreementPaper {

    private AgreementPaper() {
    }

    static byte[] write(PdfDocuments pdf, CasePaper paper, AgreementForm form) {
        CaseDetails.Agreement agreement = paper.details().agreement();
        try (PdfPages pages = pdf.start(paper.info(paper.words("document.agreement.title." + form.name())))) {
            Map<String, String> facts = paper.facts();
            facts.put(paper.words("agreement.signedOn"), agreement.signedOn() == null ? ""
                    : DisplayFormats.date(agreement.signedOn()));
            pages.facts(facts);
            pages.paragraph(paper.words("document.agreement.form." + form.name()));
            pages.heading(paper.words("document.parties"));
            pages.table(paper.partyColumns(), paper.partyRows());
            pages.heading(paper.words("document.agreement.items"));
            if (agreement.items().isEmpty()) {
                pages.paragraph(paper.words("document.agreement.noItems"));
            } else {
                pages.table(List.of(new TableColumn("#", 0.5f), new TableColumn(paper.words("document.agreement.what"), 6),
                        new TableColumn(paper.words("document.agreement.who"), 2.5f),
                        new TableColumn(paper.words("document.agreement.byWhen"), 1.8f)), rows(agreement));
            }
            if (agreement.proposedFollowUpOn() != null || agreement.followUpOn() != null) {
                pages.paragraph(paper.words("document.agreement.followUp", DisplayFormats.date(
                        agreement.followUpOn() != null ? agreement.followUpOn() : agreement.proposedFollowUpOn())));
            }
            pages.heading(paper.words("document.signatures"));
            pages.paragraph(paper.words("document.agreement.signing." + form.name()));
            pages.signatures(paper.signatureBlocks());
            return pages.finish();
        }
    }

    private static List<List<String>> rows(CaseDetails.Agreement agreement) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (CaseDetails.ItemView item : agreement.items()) {
            rows.add(List.of(Integer.toString(number++), item.data().description(), item.data().responsible(),
                    DisplayFormats.date(item.data().dueOn())));
        }
        return rows;
    }
}
