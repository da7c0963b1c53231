@NullMarked
package nl.brug.mediationcase.party;

import org.jspecify.annotations.NullMarked;
