@NullMarked
package nl.brug.conflictofinterest.internal;

import org.jspecify.annotations.NullMarked;
