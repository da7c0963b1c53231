@NullMarked
package nl.brug.calendar.internal;

import org.jspecify.annotations.NullMarked;
