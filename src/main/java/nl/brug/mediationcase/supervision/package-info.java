@NullMarked
package nl.brug.mediationcase.supervision;

import org.jspecify.annotations.NullMarked;
