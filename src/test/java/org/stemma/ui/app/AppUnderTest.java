package org.stemma.ui.app;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The whole window under Monocle, as the window tests start and stop it, and work on its thread. */
public final class AppUnderTest {

    private AppUnderTest() {
    }

    /** Starts Stemma on the sample corpus with a data folder of its own (named from {@code folderPrefix}). */
    public static StemmaApp start(String folderPrefix) throws Exception {
        System.setProperty("stemma.home", Files.createTempDirectory(folderPrefix).toString());
        FxToolkit.registerPrimaryStage();
        return (StemmaApp) FxToolkit.setupApplication(StemmaApp.class);
    }

    public static void stop(StemmaApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Runs {@code c} on the JavaFX thread and waits for its answer. */
    public static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }
}
