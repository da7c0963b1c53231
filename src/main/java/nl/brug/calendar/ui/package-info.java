@NullMarked
package nl.brug.calendar.ui;

import org.jspecify.annotations.NullMarked;
