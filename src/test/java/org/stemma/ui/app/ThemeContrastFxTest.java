package org.stemma.ui.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stemma.Seeds;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the window is readable in both themes (WCAG AA, 4.5:1), computed from the styles as
 * applied: the workbench with a comparison open, the homoglyph tooltip shown on hover, selected rows of
 * both tables while another control has the focus, the claims table with a claim, the keyboard shortcuts
 * dialog, the stemma graph and the ledger. Disabled controls, which WCAG exempts, are held to 3:1.
 */
class ThemeContrastFxTest {

    private static final double AA = 4.5;
    private static final double DISABLED = 3.0;

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("stemma-contrast");
        System.setProperty("stemma.home", home.toString());
        AppUnderTest.tagAlteredQuote(home, Seeds.S001, "The Atlantic Council described", "Quoted as “meaningful”.");
        FxToolkit.registerPrimaryStage();
        app = (StemmaApp) FxToolkit.setupApplication(StemmaApp.class);
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
        fx(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
            AppUnderTest.compareSelected(window, Seeds.S001, Seeds.S000);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.compareView().model() != null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.claimsDock().claims() != null
                && !window.claimsDock().claims().pane().table().getItems().isEmpty()));
    }

    @AfterAll
    static void stop() throws Exception {
        fx(() -> {
            window.model().preferences().themeProperty().set(Theme.LIGHT);
            return null;
        });
        AppUnderTest.stop(app);
    }


    @AfterEach
    void closeTheOtherWindows() throws Exception {
        robot.moveTo(new Point2D(5, 5));
        fx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != window.stage()) {
                    w.hide();
                }
            }
            return null;
        });
    }

    private static void auditWindows(ContrastAudit audit, List<String> audited) throws Exception {
        fx(() -> {
            Color chrome = ContrastAudit.paint(((Region) window.stage().getScene().getRoot()).getBackground()
                    .getFills().get(0).getFill());
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    audit.scene(w.getScene(), w instanceof PopupWindow ? chrome : Color.WHITE);
                    audited.add(w.getClass().getSimpleName());
                }
            }
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextIsReadable(Theme theme) throws Exception {
        fx(() -> {
            window.model().preferences().themeProperty().set(theme);
            window.claimsDock().claims().pane().table().getSelectionModel().select(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The selection stays while another control has the focus: the unfocused selection colours.
        fx(() -> {
            window.stage().requestFocus();
            window.corpusTable().filter().requestFocus();
            return null;
        });
        StyleClassedTextArea right = window.compareView().rightPane().area();
        int at = fx(() -> right.getText().indexOf("Kaz\u0430khstan has also given")) + 3;
        fx(() -> {
            window.compareView().rightPane().scrollTo(at, 100);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds glyph = fx(() -> right.getCharacterBoundsOnScreen(at, at + 1)).orElseThrow();
        robot.moveTo(new Point2D(glyph.getCenterX(), glyph.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.compareView().rightPane().tooltip().isShowing()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        List<String> audited = new ArrayList<>();
        ContrastAudit audit = new ContrastAudit(AA, DISABLED);
        fx(() -> {
            assertTrue(window.corpusTable().table().getSelectionModel().getSelectedItems().size() == 2
                    && !window.corpusTable().table().isFocused(), "rows selected in a table without the focus");
            return null;
        });
        auditWindows(audit, audited);
        robot.moveTo(new Point2D(5, 5));
        fx(() -> {
            window.compareView().rightPane().tooltip().hide();
            window.showShortcuts();
            window.showLedger();
            window.families().showStemma();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        auditWindows(audit, audited);
        assertTrue(audited.contains("Tooltip"), "the homoglyph tooltip was shown and checked: " + audited);
        assertTrue(audited.size() >= 5, "the workbench, the shortcuts, the ledger and the stemma: " + audited);
        assertTrue(audit.checked() > 200, "texts checked: " + audit.checked());
        assertEquals(List.of(), audit.findings().stream().map(Object::toString).distinct().toList(),
                theme + ": texts under " + AA + ":1");
    }
}
