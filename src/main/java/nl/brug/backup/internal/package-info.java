@NullMarked
package nl.brug.backup.internal;

import org.jspecify.annotations.NullMarked;
