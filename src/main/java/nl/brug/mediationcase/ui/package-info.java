@NullMarked
package nl.brug.mediationcase.ui;

import org.jspecify.annotations.NullMarked;
