@NullMarked
package nl.brug.mediationcase.agreement;

import org.jspecify.annotations.NullMarked;
