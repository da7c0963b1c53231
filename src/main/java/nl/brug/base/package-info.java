/** What every feature shares: translations, display formats, and (in {@code ui}) the layout. */
@NullMarked
package nl.brug.base;

import org.jspecify.annotations.NullMarked;
