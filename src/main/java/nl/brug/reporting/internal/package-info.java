/** The SQL behind the reports and the CSV layout: details nobody outside {@code reporting} should touch. */
@NullMarked
package nl.brug.reporting.internal;

import org.jspecify.annotations.NullMarked;
