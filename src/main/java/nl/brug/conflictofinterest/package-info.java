/**
 * Conflicts of interest: the neighbourhoods a mediator is at home in and the people they know personally,
 * recorded by the mediator on their own page, and the check the case feature asks before a mediator joins a
 * case. {@link nl.brug.conflictofinterest.ConflictOfInterestService} is the feature's API;
 * {@link nl.brug.conflictofinterest.ConflictMatching} holds the matching rule.
 */
@NullMarked
package nl.brug.conflictofinterest;

import org.jspecify.annotations.NullMarked;
