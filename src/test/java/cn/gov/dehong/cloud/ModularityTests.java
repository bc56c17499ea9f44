package cn.gov.dehong.cloud;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map holds: no cycles, no access to another module's internals; its documentation is regenerated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DehongCloudApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
