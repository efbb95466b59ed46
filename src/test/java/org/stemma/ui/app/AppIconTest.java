package org.stemma.ui.app;

import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AppIconTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeLoadsAsASquareOfThatSize() {
        List<Image> icons = AppIcon.images();

        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), icons.stream().map(Image::getWidth).toList());
        for (Image icon : icons) {
            assertFalse(icon.isError(), () -> String.valueOf(icon.getException()));
            assertEquals(icon.getWidth(), icon.getHeight());
        }
    }

    @Test
    void theMarkIsOpaqueInTheMiddleAndClearInTheCorners() {
        for (Image icon : AppIcon.images()) {
            int last = (int) icon.getWidth() - 1;
            assertEquals(0, icon.getPixelReader().getColor(0, 0).getOpacity(), 0.2, "corner of " + (last + 1) + " px");
            assertEquals(1, icon.getPixelReader().getColor(last / 2, last / 2).getOpacity(), 0.01, "centre");
        }
    }
}
