package org.stemma.ui.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.ui.compare.CompareView;
import org.stemma.ui.ledger.LedgerViewModel;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger window wired into the workbench on the sample project: two wordings open the comparison of
 * their articles with both quotations selected, one opens its article's reader at the quotation, and a
 * row is tagged as a claim in the claims table, which Undo takes back.
 */
class LedgerInWindowFxTest {

    private static StemmaApp app;
    private static MainWindow window;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-ledger");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()
                && window.claimsDock().claims() != null));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    @Test
    void aQuotationOpensTheComparisonAtItAndIsTaggedAsAnUndoableClaim() throws Exception {
        fx(() -> {
            window.showLedger();
            return null;
        });
        LedgerViewModel ledger = fx(() -> window.ledger().model());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> ledger.entries().stream()
                .anyMatch(e -> e.text().equals("meaningful"))));
        LedgerEntry council = fx(() -> ledger.entries().stream().filter(e -> e.text().equals("meaningful"))
                .findFirst().orElseThrow());
        Member copy = council.members().stream().filter(m -> !m.changes().isEmpty()).findFirst().orElseThrow();
        Member original = council.members().stream().filter(m -> m.changes().isEmpty()).findFirst().orElseThrow();

        fx(() -> {
            ledger.open(council, List.of(original, copy));
            return null;
        });
        CompareView compare = window.compareView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> compare.model() != null
                && compare.leftPane().area().getSelectedText().equals("meaningful")));
        assertEquals(Seeds.S001, fx(() -> compare.model().left().document().name()));
        assertTrue(fx(() -> compare.rightPane().area().getSelectedText()).startsWith("important"));

        fx(() -> {
            ledger.open(council, List.of(copy));
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> window.readers().windows().stream()
                .anyMatch(w -> w.reader().model().pane().document().name().equals(Seeds.S000)
                        && w.reader().area().getSelectedText().startsWith("important"))));

        Claim claim = fx(() -> ledger.tag(council, copy)).orElseThrow();
        assertEquals(ClaimStatus.ALTERED, claim.status());
        var claims = window.claimsDock().claims().model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> claims.row(claim.id()).isPresent()));
        assertTrue(claim.note().contains("meaningful → important"), claim.note());

        assertTrue(fx(claims::undo));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> claims.row(claim.id()).isEmpty()));
    }
}
