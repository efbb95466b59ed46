package org.stemma.ui.families;

import org.junit.jupiter.api.Test;
import org.stemma.corpus.Document;
import org.stemma.session.CorpusSession;
import org.stemma.ui.corpus.Article;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layered drawing: sources above copies, no box on another, and a 40-member family fits the view. */
class LayeredLayoutTest {

    /** A wire story: one source, 6 copies, each copied 5 or 6 times: 40 members. */
    private static Family wireStory() {
        List<DerivationEdge> edges = new ArrayList<>();
        long next = 7;
        for (long child = 1; child <= 6; child++) {
            edges.add(new DerivationEdge(0, child, 0.8, 0.7, 0.95, true, 0.9, List.of("containment")));
            for (int g = 0; g < (child <= 3 ? 6 : 5); g++) {
                edges.add(new DerivationEdge(child, next++, 0.5, 0.6, 0.9, g % 2 == 0, 0.7, List.of("dates")));
            }
        }
        List<Long> members = LongStream.range(0, next).boxed().toList();
        Map<Long, Double> shares = new HashMap<>();
        members.forEach(m -> shares.put(m, 0.9));
        return new Family(1, "A wire story", members, shares, null, edges);
    }

    @Test
    void sourcesStandAboveTheirCopiesAndNoBoxesOverlap() {
        Family f = wireStory();
        assertEquals(40, f.members().size());
        Map<Long, LayeredLayout.Position> at = LayeredLayout.layout(f.members(), f.edges());
        for (DerivationEdge e : f.edges()) {
            if (e.directed()) {
                assertTrue(at.get(e.from()).y() < at.get(e.to()).y(), e.toString());
            }
        }
        List<LayeredLayout.Position> all = new ArrayList<>(at.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                LayeredLayout.Position a = all.get(i);
                LayeredLayout.Position b = all.get(j);
                boolean apart = Math.abs(a.x() - b.x()) >= LayeredLayout.NODE_WIDTH || Math.abs(a.y() - b.y()) >= LayeredLayout.NODE_HEIGHT;
                assertTrue(apart, a + " overlaps " + b);
            }
        }
    }

    @Test
    void childrenSitUnderTheirOwnSource() {
        Family f = wireStory();
        Map<Long, LayeredLayout.Position> at = LayeredLayout.layout(f.members(), f.edges());
        // after the sweeps, the copies of source 1 are left of the copies of source 6
        double meanOf1 = f.edges().stream().filter(e -> e.from() == 1).mapToDouble(e -> at.get(e.to()).x()).average().orElseThrow();
        double meanOf6 = f.edges().stream().filter(e -> e.from() == 6).mapToDouble(e -> at.get(e.to()).x()).average().orElseThrow();
        assertTrue(at.get(1L).x() < at.get(6L).x() == meanOf1 < meanOf6);
    }

    @Test
    void aFortyMemberFamilyFitsTheViewAfterFit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Family f = wireStory();
        StemmaGraph graph = WaitForAsyncUtils.asyncFx(() -> {
            StemmaGraph g = new StemmaGraph();
            Stage stage = new Stage();
            stage.setScene(new Scene(g, 1180, 560));
            stage.show();
            List<Document> docs = f.members().stream().sorted()
                    .map(id -> Document.of("a" + id + ".txt", "", "Headline " + id + "\n\nText.")).toList();
            CorpusSession session = CorpusSession.of("forty", docs);
            List<Long> ids = f.members().stream().sorted().toList();
            g.show(f, id -> new Article(session, session.articles().get(ids.indexOf(id))), (a, b) -> { }, id -> { });
            return g;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            graph.fit();
            return null;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph.scale() < 1, "zoomed out to fit: " + graph.scale());
        Bounds view = graph.localToScene(graph.getLayoutBounds());
        for (long m : f.members()) {
            Node box = graph.canvas().lookup("#node-" + m);
            Bounds b = box.localToScene(box.getLayoutBounds());
            assertTrue(b.getMinX() >= view.getMinX() - 1 && b.getMaxX() <= view.getMaxX() + 1
                    && b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1, "member " + m + " outside the view");
        }
    }
}
