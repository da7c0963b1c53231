/** The main layout, the application shell and UI helpers shared by all features. */
@NullMarked
@NamedInterface("ui")
package nl.brug.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
