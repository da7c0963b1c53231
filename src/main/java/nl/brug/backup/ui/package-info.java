@NullMarked
package nl.brug.backup.ui;

import org.jspecify.annotations.NullMarked;
