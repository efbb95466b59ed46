package org.stemma;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine and the store are plain Java: only the {@code ui} package may touch JavaFX. */
@AnalyzeClasses(packages = "org.stemma", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsFreeOfJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.stemma.ui..", "org.stemma")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");
}
