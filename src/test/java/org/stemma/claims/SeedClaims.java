package org.stemma.claims;

import org.stemma.Seeds;
import org.stemma.model.ClaimStatus;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project of the five seed articles with six known claims under a small tag tree, for the Tags report:
 * Kazakhstan; Politics › Kremlin. 002 has no claim; 003 and 004 share the outlet California18.
 * <pre>
 *   000 The BOL News    "Kazakhstan" [Kazakhstan]      "Putin" [Kremlin]
 *   001 Daily Express   "Kazakhstan" [Kazakhstan, Kremlin]   "Victory Day" [Politics]
 *   003 California18    "Putin" [Kremlin]
 *   004 California18    "Kazakhstan" [Kazakhstan, Politics]
 * </pre>
 */
public final class SeedClaims {

    /** The stored id of each seed, by its file name. */
    public final Map<String, Long> ids = new HashMap<>();
    public final ProjectFile project;
    public final UndoHistory history = new UndoHistory();
    public final ClaimService service;

    public SeedClaims(Path file, String kazakhstanTag) throws ProjectException {
        project = ProjectFile.create(file);
        service = new ClaimService(project, history);
        for (String seed : Seeds.ALL) {
            ids.put(seed, project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text")).id());
        }
        service.createTag("Politics", "#0072b2");
        service.createTag("Kremlin", "#d55e00", project.tags().byName("Politics").orElseThrow().id());
        service.createTag(kazakhstanTag, "#009e73");
        claim(Seeds.S000, "Kazakhstan", kazakhstanTag);
        claim(Seeds.S000, "Putin", "Kremlin");
        claim(Seeds.S001, "Kazakhstan", kazakhstanTag, "Kremlin");
        claim(Seeds.S001, "Victory Day", "Politics");
        claim(Seeds.S003, "Putin", "Kremlin");
        claim(Seeds.S004, "Kazakhstan", kazakhstanTag, "Politics");
    }

    public SeedClaims(Path file) throws ProjectException {
        this(file, "Kazakhstan");
    }

    private void claim(String seed, String passage, String... tags) throws ProjectException {
        long id = ids.get(seed);
        String text = project.documents().get(id).orElseThrow().text();
        int start = text.indexOf(passage);
        if (start < 0) {
            throw new IllegalStateException(seed + " has no '" + passage + "'");
        }
        service.addClaim(id, start, start + passage.length(), List.of(tags), ClaimStatus.OPEN, "");
    }
}
