/** Brug's root: the application class; each feature has its own package below it. */
@NullMarked
package nl.brug;

import org.jspecify.annotations.NullMarked;
