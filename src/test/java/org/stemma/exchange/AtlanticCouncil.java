package org.stemma.exchange;

import org.stemma.align.CompareOptions;
import org.stemma.session.CorpusSession;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Path;
import java.util.List;

/** The sample articles in a project, with the Atlantic Council sentence of 001 claimed as altered. */
final class AtlanticCouncil {

    static final String SENTENCE = "The Atlantic Council described this statement as “meaningful” coming "
            + "from a senior Kazakhstani official while in the US.";

    private AtlanticCouncil() {
    }

    /** Creates the project at {@code file} with its counterparts found; the claim has the id returned. */
    static Claim project(ProjectFile project) throws Exception {
        long marked = 0;
        for (String name : Seeds.ALL) {
            Document d = Seeds.document(name);
            long id = project.documents().add(d, SourceInfo.of(Seeds.path(name), "text")).id();
            marked = name.equals(Seeds.S001) ? id : marked;
        }
        String text = Seeds.document(Seeds.S001).text();
        int start = text.indexOf(SENTENCE);
        Claim claim = new ClaimService(project, new UndoHistory()).addClaim(marked, start, start + SENTENCE.length(),
                List.of("quotation", "Kazakhstan"), ClaimStatus.ALTERED, "“meaningful” became “important” in 000").claim();
        new CounterpartFinder(project, CorpusSession.open(project), CompareOptions.DEFAULT).update(claim);
        return claim;
    }

    static ProjectFile create(Path file) throws Exception {
        return ProjectFile.create(file);
    }
}
