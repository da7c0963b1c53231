/** The PDF layout on Apache PDFBox: fonts, text wrapping, page breaks, and SVG charts drawn as vectors. */
@NullMarked
package nl.brug.document.internal;

import org.jspecify.annotations.NullMarked;
