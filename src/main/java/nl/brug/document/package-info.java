/**
 * Documents Brug prints: PDFs written on the server, A4, with the organisation's letterhead, fonts embedded,
 * text selectable and a footer on every page (decision 031). {@link nl.brug.document.PdfDocuments} starts a
 * document; the features that own the content (the case, the reports) say what goes in it.
 */
@NullMarked
package nl.brug.document;

import org.jspecify.annotations.NullMarked;
