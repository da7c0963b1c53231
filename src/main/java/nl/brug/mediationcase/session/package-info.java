@NullMarked
package nl.brug.mediationcase.session;

import org.jspecify.annotations.NullMarked;
