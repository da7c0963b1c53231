@NullMarked
package nl.brug.audit.internal;

import org.jspecify.annotations.NullMarked;
