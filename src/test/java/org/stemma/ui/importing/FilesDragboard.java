package org.stemma.ui.importing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import java.io.File;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;

/**
 * A dragboard holding files, as the desktop's file manager would fill it. JavaFX has no public way to
 * make a {@link Dragboard} and a headless toolkit has no drag source, so the dragboard is built on
 * JavaFX's own internal factory with this minimal peer; the {@code DragEvent}s carrying it go through
 * the real event dispatch to the handlers the controller installed.
 */
public final class FilesDragboard implements TKClipboard {

    private final List<File> files;

    private FilesDragboard(List<File> files) {
        this.files = List.copyOf(files);
    }

    public static Dragboard of(List<File> files) {
        return DragboardHelper.createDragboard(new FilesDragboard(files));
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return Set.of(DataFormat.FILES);
    }

    @Override
    public Object getContent(DataFormat format) {
        return DataFormat.FILES.equals(format) ? files : null;
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return DataFormat.FILES.equals(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return Set.of(TransferMode.COPY);
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... content) {
        throw new UnsupportedOperationException("a dropped dragboard is only read");
    }

    // A drop target never sets these; the toolkit's dragboard keeps them for the drag source.
    @Override
    @SuppressWarnings("removal")
    public void setSecurityContext(AccessControlContext context) {
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
