package nl.brug.mediationcase.documents;

/** A paper printed from a case: what the parties sign before the joint sessions, and what they sign at the end. */
public enum CaseDocument {
    /** The mediation agreement (deelnameovereenkomst): voluntary, confidential, the mediators' role, how to stop. */
    MEDIATION_AGREEMENT("deelnameovereenkomst", "mediation-agreement"),
    /** The agreement with its items, in the form the parties chose. */
    AGREEMENT("overeenkomst", "agreement");

    private final String dutchFileName;
    private final String englishFileName;

    CaseDocument(String dutchFileName, String englishFileName) {
        this.dutchFileName = dutchFileName;
        this.englishFileName = englishFileName;
    }

    /** The file's name, e.g. {@code deelnameovereenkomst-2026-0012.pdf}. */
    public String fileName(String reference, boolean dutch) {
        return (dutch ? dutchFileName : englishFileName) + "-" + reference + ".pdf";
    }
}
