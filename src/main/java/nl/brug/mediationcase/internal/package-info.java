@NullMarked
package nl.brug.mediationcase.internal;

import org.jspecify.annotations.NullMarked;
