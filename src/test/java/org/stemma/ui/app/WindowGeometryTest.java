package org.stemma.ui.app;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The first window takes a share of the screen it opens on; sizes are remembered per screen. */
class WindowGeometryTest {

    @Test
    void theFirstWindowFitsTheScreenItOpensOn() {
        assertArrayEquals(new double[]{922, 576}, WindowGeometry.firstSize(new Rectangle2D(0, 0, 1024, 640)),
                "a small laptop: most of it, not more");
        assertArrayEquals(new double[]{1229, 691}, WindowGeometry.firstSize(new Rectangle2D(0, 0, 1366, 768)));
        assertArrayEquals(new double[]{1600, 1040}, WindowGeometry.firstSize(new Rectangle2D(0, 0, 3840, 2160)),
                "a 4K monitor: no sprawl");
        assertArrayEquals(new double[]{700, 420}, WindowGeometry.firstSize(new Rectangle2D(0, 0, 700, 420)),
                "a screen smaller than the minimum: all of it, never more");
    }

    @Test
    void sizesAreKeptPerScreenSize() {
        assertEquals("window.1366x768.", WindowGeometry.screenKey(new Rectangle2D(0, 0, 1366, 768)));
        assertNotEquals(WindowGeometry.screenKey(new Rectangle2D(0, 0, 1366, 768)),
                WindowGeometry.screenKey(new Rectangle2D(1366, 0, 1920, 1050)));
    }
}
