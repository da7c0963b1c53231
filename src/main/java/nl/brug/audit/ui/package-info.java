@NullMarked
package nl.brug.audit.ui;

import org.jspecify.annotations.NullMarked;
