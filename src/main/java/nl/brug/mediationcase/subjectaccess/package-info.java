/**
 * A person's request to see the data Brug holds about them (inzageverzoek, GDPR article 15): a supervisor
 * finds the person's party records and exports what the cases hold about them (decision 030).
 */
@NullMarked
package nl.brug.mediationcase.subjectaccess;

import org.jspecify.annotations.NullMarked;
