/**
 * The audit trail: an append-only record of who read or changed what, when and from which address.
 * {@link nl.brug.audit.AuditService} is the feature's API; nothing in Brug updates or deletes a record.
 */
@NullMarked
package nl.brug.audit;

import org.jspecify.annotations.NullMarked;
