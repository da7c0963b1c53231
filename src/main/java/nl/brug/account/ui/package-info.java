@NullMarked
package nl.brug.account.ui;

import org.jspecify.annotations.NullMarked;
