package org.stemma.ui.compare;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the overview strip beside each pane marks, for the seeds 001 / 000 comparison. */
class OverviewMarksTest {

    @Test
    void everyChangedAndOneSidedSentenceAndEveryDisguiseOnItsOwnSide() {
        CompareViewModel vm = CompareViewModel.of(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000), false);
        for (CompareViewModel.Side side : CompareViewModel.Side.values()) {
            PaneModel pane = side == CompareViewModel.Side.LEFT ? vm.left() : vm.right();
            List<OverviewMark> marks = pane.overview();
            List<Integer> changed = vm.links().stream().filter(l -> l.kind() == Mark.CHANGED)
                    .map(l -> l.side(side).start()).sorted().toList();
            assertTrue(changed.size() > 3, "the copy rewords several sentences");
            assertEquals(changed, marks.stream().filter(m -> m.kind() == Mark.CHANGED).map(m -> m.span().start()).toList());
            long onlyHere = vm.links().stream().filter(l -> l.kind() == Mark.ONLY && !l.side(side).isEmpty()).count();
            assertEquals(onlyHere, marks.stream().filter(m -> m.kind() == Mark.ONLY).count());
            long disguises = pane.analysis().findings().stream().filter(f -> f.isDisguise()).count();
            assertEquals(disguises, marks.stream().filter(m -> m.kind() == Mark.HOMOGLYPH || m.kind() == Mark.INVISIBLE).count());
        }
        assertTrue(vm.right().overview().stream().anyMatch(m -> m.kind() == Mark.HOMOGLYPH), "000 is the spun copy");
    }
}
