package org.stemma.ui.app;

/** The keyboard shortcuts, as Help › Keyboard Shortcuts lists them. */
final class Shortcuts {

    static final String TEXT = String.join("\n",
            "Ctrl+O\tOpen article files",
            "Ctrl+Shift+O\tOpen a folder of articles",
            "Ctrl+L\tFilter the articles",
            "Ctrl+D\tCompare the two selected articles (the first selected goes left)",
            "Ctrl+Shift+D\tCompare the selected article with…",
            "Ctrl+Shift+K\tCollate the selected article's family (Ctrl+D collates three or more selected)",
            "F7, Alt+Down\tNext change",
            "Shift+F7, Alt+Up\tPrevious change",
            "Enter or click\tSelect the counterpart of the sentence at the caret",
            "Ctrl+Shift+X\tSwap sides",
            "Ctrl+F, F3, Shift+F3\tFind in the pane last used; next; previous",
            "Ctrl+Plus, Ctrl+Minus, Ctrl+0\tLarger, smaller, standard text",
            "Ctrl+Shift+H\tHide or show page furniture",
            "Tab, Shift+Tab\tMove between the filter, the table, the panes and the buttons",
            "Ctrl+Q\tQuit");

    private Shortcuts() {
    }
}
