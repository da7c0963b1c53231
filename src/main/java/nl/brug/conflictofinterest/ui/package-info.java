@NullMarked
package nl.brug.conflictofinterest.ui;

import org.jspecify.annotations.NullMarked;
