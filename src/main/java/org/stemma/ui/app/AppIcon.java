package org.stemma.ui.app;

import javafx.scene.image.Image;

import java.util.List;

/** The Stemma mark (assets/stemma.svg) in every size a window system asks for: title bar, task bar, switcher. */
final class AppIcon {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    static List<Image> images() {
        return SIZES.stream()
                .map(size -> new Image(AppIcon.class.getResource("icons/stemma-" + size + ".png").toExternalForm()))
                .toList();
    }
}
