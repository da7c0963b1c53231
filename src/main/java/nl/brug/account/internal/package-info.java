@NullMarked
package nl.brug.account.internal;

import org.jspecify.annotations.NullMarked;
