/**
 * What Brug does for itself at start, outside any feature: the clear sentence when the database is away, and its
 * name among several instances behind one proxy.
 */
@NullMarked
package nl.brug.base.internal;

import org.jspecify.annotations.NullMarked;
