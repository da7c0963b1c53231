package nl.brug.mediationcase.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.document.DocumentInfo;
import nl.brug.document.SignatureBlock;
import nl.brug.document.TableColumn;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.party.PartyData;

/**
 * What both papers of a case share, in the language chosen for this print: the footer's words, the case's
 * facts, the table of parties and the signature blocks (one per party, then the mediators).
 */
final class CasePaper {

    private final BrugI18NProvider i18n;
    private final Locale language;
    private final CaseDetails details;
    private final LocalDate today;

    CasePaper(BrugI18NProvider i18n, Locale language, CaseDetails details, LocalDate today) {
        this.i18n = i18n;
        this.language = language;
        this.details = details;
        this.today = today;
    }

    String words(String key, Object... parameters) {
        return i18n.getTranslation(key, language, parameters);
    }

    CaseDetails details() {
        return details;
    }

    DocumentInfo info(String title) {
        return new DocumentInfo(title, details.reference(), language,
                words("document.printedOn", DisplayFormats.date(today)), words("document.pageOf"));
    }

    /** The reference and the mediators, and what else the caller adds. */
    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(words("document.case"), details.reference());
        facts.put(words("document.mediators"), String.join(", ", mediators()));
        return facts;
    }

    List<TableColumn> partyColumns() {
        return List.of(new TableColumn(words("document.party.name"), 3), new TableColumn(words("party.role"), 2),
                new TableColumn(words("document.party.onBehalf"), 3));
    }

    List<List<String>> partyRows() {
        return details.parties().stream().map(p -> List.of(p.data().name(), words(p.data().role().messageKey()),
                onBehalf(p.data()))).toList();
    }

    /** A signature block for every party (for a public body: its contact person, on its behalf), then the mediators. */
    List<SignatureBlock> signatureBlocks() {
        List<String> lines = List.of(words("document.sign.date"), words("document.sign.place"),
                words("document.sign.signature"));
        List<SignatureBlock> blocks = new ArrayList<>();
        for (CaseDetails.PartyView party : details.parties()) {
            PartyData data = party.data();
            String role = words(data.role().messageKey());
            if (data.isPublicBody() && data.contactPerson() != null) {
                blocks.add(new SignatureBlock(data.contactPerson(), words("document.sign.onBehalfOf", data.name()) + " · "
                        + role, lines));
            } else {
                blocks.add(new SignatureBlock(data.name(), role, lines));
            }
        }
        for (String mediator : mediators()) {
            blocks.add(new SignatureBlock(mediator, words("document.sign.mediator"), lines));
        }
        return blocks;
    }

    private List<String> mediators() {
        List<String> names = new ArrayList<>();
        if (details.overview().lead() != null) {
            names.add(details.overview().lead().name());
        }
        if (details.overview().co() != null) {
            names.add(details.overview().co().name());
        }
        return names;
    }

    private String onBehalf(PartyData data) {
        List<String> parts = new ArrayList<>();
        if (data.represents() != null) {
            parts.add(data.represents());
        }
        if (data.contactPerson() != null) {
            parts.add(words("document.party.contact", data.contactPerson()));
        }
        return String.join("; ", parts);
    }
}
