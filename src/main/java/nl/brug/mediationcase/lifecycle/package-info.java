@NullMarked
package nl.brug.mediationcase.lifecycle;

import org.jspecify.annotations.NullMarked;
