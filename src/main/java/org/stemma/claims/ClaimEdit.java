package org.stemma.claims;

import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.util.ArrayList;
import java.util.List;

/**
 * An edit made by {@link ClaimService}, kept as the touched tags, claims and counterparts before and
 * after it. Undo and redo each write one side back in one transaction; each step is also recorded in the
 * history of the claims it touches.
 */
public final class ClaimEdit implements Edit {

    private final ProjectFile project;
    private final String label;
    private final Snapshot before;
    private Snapshot after;

    private ClaimEdit(ProjectFile project, String label, Snapshot before, Snapshot after) {
        this.project = project;
        this.label = label;
        this.before = before;
        this.after = after;
    }

    /** Makes the change from {@code before} to {@code after}; new tags and claims there have id 0. */
    static ClaimEdit perform(ProjectFile project, String label, Snapshot before, Snapshot after) throws ProjectException {
        ClaimEdit edit = new ClaimEdit(project, label, before, after);
        edit.after = edit.write(after, before, label);
        return edit;
    }

    @Override
    public String label() {
        return label;
    }

    public Snapshot before() {
        return before;
    }

    /** The state the edit leaves, with the ids given to what it created. */
    public Snapshot after() {
        return after;
    }

    /** The claim the edit leaves, or the one it deleted; {@code null} when it touched no claim. */
    public Claim claim() {
        List<Claim> claims = after.claims().isEmpty() ? before.claims() : after.claims();
        return claims.isEmpty() ? null : claims.get(0);
    }

    @Override
    public Touched touched() {
        return Touched.of(before, after);
    }

    @Override
    public void undo() throws ProjectException {
        write(before, after, "Undo " + label);
    }

    @Override
    public void redo() throws ProjectException {
        after = write(after, before, "Redo " + label);
    }

    /** Makes the project hold {@code target}, deleting what is only in {@code replaced}. */
    private Snapshot write(Snapshot target, Snapshot replaced, String why) throws ProjectException {
        return project.transaction(() -> {
            List<Tag> tags = new ArrayList<>();
            for (Tag tag : target.tags()) {
                tags.add(project.tags().put(tag));
            }
            for (Claim old : replaced.claims()) {
                if (target.claims().stream().noneMatch(c -> c.id() == old.id())) {
                    project.claims().delete(old.id(), why);
                }
            }
            List<Claim> claims = new ArrayList<>();
            for (Claim claim : target.claims()) {
                claims.add(project.claims().put(withStoredTags(claim, tags), why));
            }
            List<ClaimCounterpart> counterparts = new ArrayList<>();
            for (ClaimCounterpart counterpart : target.counterparts()) {
                counterparts.add(project.counterparts().put(counterpart));
            }
            for (var rules : target.counterpartRules().entrySet()) {
                project.counterparts().recordRules(rules.getKey(), rules.getValue());
            }
            for (Tag old : replaced.tags()) {
                if (target.tags().stream().noneMatch(t -> t.id() == old.id())) {
                    project.tags().delete(old.id(), why);
                }
            }
            return new Snapshot(tags, claims, counterparts, target.counterpartRules());
        });
    }

    /** The claim with its new tags (id 0) replaced by the stored ones of the same name. */
    private static Claim withStoredTags(Claim claim, List<Tag> stored) {
        List<Tag> tags = claim.tags().stream()
                .map(t -> t.id() != 0 ? t : stored.stream().filter(s -> s.name().equalsIgnoreCase(t.name()))
                        .findFirst().orElseThrow())
                .toList();
        return new Claim(claim.id(), claim.documentId(), claim.anchor(), tags, claim.status(), claim.note(),
                claim.created(), claim.modified());
    }
}
