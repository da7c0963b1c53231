/**
 * The tension picture: how many cases came up in each neighbourhood of a municipality, quarter by quarter,
 * with every small number hidden so that no person can be singled out (decision 035-insight).
 */
@NullMarked
package nl.brug.reporting.tension;

import org.jspecify.annotations.NullMarked;
