/** Charts drawn on the server as plain SVG, with no chart library (see decision 001). */
@NullMarked
package nl.brug.reporting.chart;

import org.jspecify.annotations.NullMarked;
