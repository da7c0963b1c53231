package nl.brug.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import nl.brug.BrugApplication;

/**
 * Reporting reads the case table on its own (decision 003) but may use only the root API of the features
 * it names in its package-info, never their internals.
 */
class ReportingModuleTest {

    @Test
    void reportingDependsOnlyOnWhatItIsAllowedTo() {
        ApplicationModules modules = ApplicationModules.of(BrugApplication.class);

        modules.getModuleByName("reporting").orElseThrow().verifyDependencies(modules);
    }
}
