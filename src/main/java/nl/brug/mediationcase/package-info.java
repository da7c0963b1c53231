/**
 * Mediation cases from request to closure. {@link nl.brug.mediationcase.CaseService},
 * {@link nl.brug.mediationcase.CaseWorkService} and {@link nl.brug.mediationcase.CaseSearchService} are the
 * feature's API; {@link nl.brug.mediationcase.lifecycle.CaseLifecycle} holds the lifecycle rules.
 */
@NullMarked
package nl.brug.mediationcase;

import org.jspecify.annotations.NullMarked;
