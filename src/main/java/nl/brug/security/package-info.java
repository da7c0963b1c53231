/** The signed-in user and the roles: the vocabulary every feature uses to decide who may do what. */
@NullMarked
package nl.brug.security;

import org.jspecify.annotations.NullMarked;
