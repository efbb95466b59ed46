package org.stemma;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The walls of the code (decision 0900), checked on every build: the engine's layers, no package
 * cycles, JavaFX only in {@code ui}, and view models that need no window.
 */
@AnalyzeClasses(packages = "org.stemma", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A layer: packages that may use each other (the cycle rule still applies) and every layer below. */
    private record Layer(String name, String... packages) {
    }

    /**
     * Bottom to top. A package may depend only on its own layer and the layers below it. A new package
     * goes into the lowest layer above everything it uses; layers with no classes yet are allowed, so
     * packages being built elsewhere already have their place.
     */
    private static final List<Layer> LAYERS = List.of(
            new Layer("platform", "org.stemma.platform.."),
            new Layer("text", "org.stemma.text.."),
            new Layer("corpus", "org.stemma.corpus.."),
            new Layer("model", "org.stemma.model.."),
            new Layer("findings", "org.stemma.findings.."),
            new Layer("analysis", "org.stemma.analysis.."),
            new Layer("align", "org.stemma.align.."),
            new Layer("index", "org.stemma.index.."),
            new Layer("store", "org.stemma.store.."),
            new Layer("claims and importing", "org.stemma.claims..", "org.stemma.importing.."),
            new Layer("session", "org.stemma.session.."),
            new Layer("families, quotes and facts", "org.stemma.families..", "org.stemma.quotes..", "org.stemma.facts.."),
            new Layer("exchange", "org.stemma.exchange.."),
            new Layer("collation", "org.stemma.collation.."),
            new Layer("cli", "org.stemma.cli.."),
            new Layer("ui", "org.stemma.ui.."),
            new Layer("launcher", "org.stemma"));

    private static final String[] TOOLKIT = {"javafx.scene..", "javafx.stage..", "javafx.application..",
            "javafx.concurrent..", "javafx.embed..", "org.fxmisc.richtext", "org.fxmisc.flowless..",
            "org.controlsfx.."};

    @ArchTest
    static final ArchRule layers = layered();

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.stemma.(*)..").should().beFreeOfCycles();

    /** The window's feature packages too: {@code ui.app} wires the others together and none reaches back. */
    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles = slices().matching("org.stemma.ui.(*)..").should().beFreeOfCycles();

    /** The launcher only hands the arguments to JavaFX's launcher; everything else of JavaFX stays in ui. */
    @ArchTest
    static final ArchRule engineIsFreeOfJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.stemma.ui..", "org.stemma")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    /**
     * A class named {@code *ViewModel} holds a view's state as JavaFX beans and collections, and so does
     * every Stemma class it reaches: no controls, scenes or windows, so that its tests need no toolkit.
     * (Library classes are not followed: RichTextFX's document model is data, though it names a control type.)
     */
    @ArchTest
    static final ArchRule viewModelsNeedNoToolkit = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should(reachNoToolkitClass());

    private static ArchCondition<JavaClass> reachNoToolkitClass() {
        DescribedPredicate<JavaClass> toolkit = JavaClass.Predicates.resideInAnyPackage(TOOLKIT);
        return new ArchCondition<>("reach no toolkit class through Stemma classes") {
            @Override
            public void check(JavaClass viewModel, ConditionEvents events) {
                Deque<JavaClass> todo = new ArrayDeque<>(List.of(viewModel));
                Set<JavaClass> seen = new HashSet<>(todo);
                while (!todo.isEmpty()) {
                    JavaClass c = todo.pop();
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        if (toolkit.test(target)) {
                            events.add(SimpleConditionEvent.violated(viewModel,
                                    viewModel.getSimpleName() + " reaches " + target.getName() + ": " + d.getDescription()));
                        } else if (target.getPackageName().startsWith("org.stemma") && seen.add(target)) {
                            todo.push(target);
                        }
                    }
                }
            }
        };
    }

    private static LayeredArchitecture layered() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (Layer layer : LAYERS) {
            rule = rule.layer(layer.name()).definedBy(layer.packages());
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(Layer::name).toArray(String[]::new);
            rule = rule.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        return rule.whereLayer(LAYERS.get(LAYERS.size() - 1).name()).mayNotBeAccessedByAnyLayer();
    }
}
