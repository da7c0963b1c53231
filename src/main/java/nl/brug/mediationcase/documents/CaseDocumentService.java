package nl.brug.mediationcase.documents;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.InvalidInputException;
import nl.brug.document.PdfDocuments;
import nl.brug.mediationcase.CaseAnonymisedException;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.internal.CaseAccess;
import nl.brug.mediationcase.internal.CaseDetailsAssembler;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.security.BrugUser;
import nl.brug.security.CurrentUser;

/**
 * Prints a case's papers as PDF. Whoever may open the case may print them (its mediators, supervisors); the
 * print is in the audit trail like an opening, since the paper holds the parties' names. The papers hold no
 * journal note, confidential or not: what parties sign is the agreement, not the mediators' notes. An
 * anonymised case has nothing left to print.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CaseDocumentService {

    private final CaseAccess access;
    private final CaseDetailsAssembler assembler;
    private final PdfDocuments pdf;
    private final AuditService audit;
    private final BrugClock clock;
    private final BrugI18NProvider i18n;

    CaseDocumentService(CaseAccess access, CaseDetailsAssembler assembler, PdfDocuments pdf, AuditService audit,
            BrugClock clock, BrugI18NProvider i18n) {
        this.access = access;
        this.assembler = assembler;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * The document in Dutch or English (another language falls back to Dutch). The agreement needs its form
     * chosen first: which of the two papers it is depends on it (field {@code form} in the refusal).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PrintedDocument print(String reference, CaseDocument document, Locale language) {
        BrugUser user = CurrentUser.require();
        MediationCase theCase = access.openedBy(reference, user);
        if (theCase.retention().anonymisedOn() instanceof LocalDate anonymisedOn) {
            throw new CaseAnonymisedException(reference, anonymisedOn);
        }
        LocalDate today = clock.today();
        CaseDetails details = assembler.assemble(theCase, user, today);
        Locale locale = BrugI18NProvider.supported(language);
        CasePaper paper = new CasePaper(i18n, locale, details, today);
        byte[] content;
        switch (document) {
            case MEDIATION_AGREEMENT -> {
                content = MediationAgreementPaper.write(pdf, paper, pdf.letterhead().name());
                audit.record(AuditAction.DOCUMENT_PRINTED, reference, "mediation agreement " + locale.getLanguage());
            }
            case AGREEMENT -> {
                AgreementForm form = details.agreement().form();
                if (form == null) {
                    throw InvalidInputException.of("form", "document.agreement.formMissing");
                }
                content = AgreementPaper.write(pdf, paper, form);
                audit.record(AuditAction.DOCUMENT_PRINTED, reference, "agreement " + locale.getLanguage());
            }
            default -> throw new IllegalArgumentException("Unknown document " + document);
        }
        boolean dutch = BrugI18NProvider.DUTCH.getLanguage().equals(locale.getLanguage());
        return new PrintedDocument(document.fileName(reference, dutch), content);
    }
}
