/**
 * Reports for supervisors. {@link nl.brug.reporting.OutcomeReportService} is the feature's API: the
 * outcomes of the cases registered in a period, counted in the database. The feature reads the
 * {@code mediation_case} table directly as its read model (decision 003) and uses only the root enums of
 * {@code mediationcase}, never its internals.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"mediationcase", "base", "base :: ui", "audit", "security", "document"})
package nl.brug.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
