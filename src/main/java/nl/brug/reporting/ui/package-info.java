@NullMarked
package nl.brug.reporting.ui;

import org.jspecify.annotations.NullMarked;
