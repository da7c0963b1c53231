package nl.brug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The house rules of the package structure: no cycles between features, and no feature touches another
 * feature's internals (anything outside its root package and declared named interfaces).
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(BrugApplication.class);

    @Test
    void theFeaturesAreModules() {
        // Guards the test below against passing because it found nothing to check.
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("account", "base", "security");
    }

    @Test
    void modulesAreFreeOfCyclesAndRespectEachOthersInternals() {
        MODULES.verify();
    }
}
