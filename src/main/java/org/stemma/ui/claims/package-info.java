/**
 * Claims in the window: tagging passages, the claims table, the claim editor, the tag manager,
 * underlines and CSV export.
 *
 * <p>Wiring, for the main window: make one {@link org.stemma.ui.claims.ClaimsUi} per open project (on
 * the JavaFX thread, with the project's {@code UndoHistory} and the window's {@code Jobs}) and close it
 * with the project. Put {@code ClaimsUi.pane()} at the bottom of a vertical {@code SplitPane} with
 * {@code pane().dockIn(split)}; add {@code undoItem()}, {@code redoItem()}, {@code manageTagsItem(node)},
 * {@code toggleClaimsItem()} and an export item calling {@code exportAction().choose(window, status)} to
 * the menus; set {@code model().onJumpProperty()} to open the claim's article and call
 * {@code reveal(span)} on it.
 * After importing articles call {@code model().reload()}.
 *
 * <p>In a compare pane: draw with {@link org.stemma.ui.claims.ClaimHighlights#of} over
 * {@code model().claimsIn(documentId)}, {@link org.stemma.ui.claims.ClaimUnderlines#overlay} and
 * {@link org.stemma.ui.claims.ClaimUnderlines#installStylesheet} (redraw when {@code model().rows()}
 * changes); open claims with {@code ClaimHighlights.claimsAt(offset)} and {@code ClaimsUi.editClaim};
 * tag a selection with {@code ClaimsUi.editNewClaim(node, documentId, text, span)}. Offsets given to this
 * package are the article's own, never the text area's.
 */
package org.stemma.ui.claims;
