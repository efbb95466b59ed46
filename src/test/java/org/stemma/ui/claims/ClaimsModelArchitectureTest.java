package org.stemma.ui.claims;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The claims view model and what it is made of are tested without a window: JavaFX beans and collections only. */
@AnalyzeClasses(packages = "org.stemma.ui.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class ClaimsModelArchitectureTest {

    @ArchTest
    static final ArchRule viewModelNeedsNoToolkit = noClasses()
            .that().haveSimpleNameStartingWith("ClaimsViewModel")
            .or().haveSimpleNameStartingWith("ClaimHighlights")
            .or().haveSimpleNameStartingWith("ClaimRow")
            .or().haveSimpleNameStartingWith("ClaimDraft")
            .or().haveSimpleNameStartingWith("ClaimJump")
            .or().haveSimpleNameStartingWith("ClaimSaving")
            .or().haveSimpleNameStartingWith("CounterpartText")
            .or().haveSimpleNameStartingWith("EditGroup")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "javafx.application..", "javafx.concurrent..", "org.fxmisc..", "org.controlsfx..");
}
