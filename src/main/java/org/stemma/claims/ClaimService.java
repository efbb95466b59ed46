package org.stemma.claims;

import org.stemma.model.Anchor;
import org.stemma.model.ArticleMemo;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analyst does to claims and tags. Each operation is saved at once in one transaction, recorded
 * in the {@link UndoHistory} and returned as the {@link ClaimEdit} that can take it back. Input the
 * project cannot accept (bad offsets, an unknown claim, a taken tag name) is refused with an
 * {@link IllegalArgumentException} whose message is one line for the analyst, and nothing changes.
 */
public final class ClaimService {

    private final ProjectFile project;
    private final UndoHistory history;

    public ClaimService(ProjectFile project, UndoHistory history) {
        this.project = project;
        this.history = history;
    }

    /** Marks {@code [start, end)} of a document as a claim; tags that do not exist yet are created. */
    public ClaimEdit addClaim(long documentId, int start, int end, Collection<String> tagNames, ClaimStatus status,
                              String note) throws ProjectException {
        return perform("Add claim", () -> {
            StoredDocument document = project.documents().get(documentId)
                    .orElseThrow(() -> new IllegalArgumentException("there is no document " + documentId));
            Anchor anchor = Anchor.in(document.text(), start, end);
            List<Tag> tags = tags(tagNames);
            Instant now = now();
            Claim claim = new Claim(0, documentId, anchor, tags, status, note, now, now);
            return new BeforeAfter(Snapshot.EMPTY, Snapshot.ofClaims(created(tags), List.of(claim)));
        });
    }

    public ClaimEdit setStatus(long claimId, ClaimStatus status) throws ProjectException {
        return change("Set status", claimId, c -> c.with(c.anchor(), c.tags(), status, c.note(), now()));
    }

    public ClaimEdit setNote(long claimId, String note) throws ProjectException {
        return change("Edit note", claimId, c -> c.with(c.anchor(), c.tags(), c.status(), note, now()));
    }

    /** Moves the claim to another passage of its document, e.g. to widen it to a whole sentence. */
    public ClaimEdit setPassage(long claimId, int start, int end) throws ProjectException {
        return change("Move claim", claimId, c -> {
            String text = project.documents().get(c.documentId()).orElseThrow().text();
            return c.with(Anchor.in(text, start, end), c.tags(), c.status(), c.note(), now());
        });
    }

    /** Gives the claim exactly these tags, creating those that do not exist yet. */
    public ClaimEdit setTags(long claimId, Collection<String> tagNames) throws ProjectException {
        return change("Set tags", claimId, c -> c.with(c.anchor(), tags(tagNames), c.status(), c.note(), now()));
    }

    public ClaimEdit addTag(long claimId, String tagName) throws ProjectException {
        return change("Tag claim", claimId, c -> {
            List<String> names = new ArrayList<>(c.tags().stream().map(Tag::name).toList());
            names.add(tagName);
            return c.with(c.anchor(), tags(names), c.status(), c.note(), now());
        });
    }

    public ClaimEdit removeTag(long claimId, long tagId) throws ProjectException {
        return change("Untag claim", claimId, c -> c.with(c.anchor(),
                c.tags().stream().filter(t -> t.id() != tagId).toList(), c.status(), c.note(), now()));
    }

    /** Deletes a claim with its counterparts; undo brings both back. */
    public ClaimEdit deleteClaim(long claimId) throws ProjectException {
        return perform("Delete claim", () -> {
            Claim claim = claim(claimId);
            Snapshot before = new Snapshot(List.of(), List.of(claim), project.counterparts().forClaim(claimId),
                    project.counterparts().rulesFor(claimId).map(r -> Map.of(claimId, r)).orElse(Map.of()));
            return new BeforeAfter(before, Snapshot.EMPTY);
        });
    }

    public ClaimEdit createTag(String name, String colour) throws ProjectException {
        return createTag(name, colour, 0);
    }

    /** @param parentId the tag to nest the new one under, 0 for the top level */
    public ClaimEdit createTag(String name, String colour, long parentId) throws ProjectException {
        return perform("Create tag", () -> {
            if (parentId != 0) {
                tag(parentId);
            }
            return new BeforeAfter(Snapshot.EMPTY,
                    Snapshot.ofClaims(List.of(new Tag(0, name, colour, parentId, "")), List.of()));
        });
    }

    public ClaimEdit renameTag(long tagId, String newName) throws ProjectException {
        return perform("Rename tag", () -> {
            Tag tag = tag(tagId);
            return tagChange(tag, tag.withName(newName));
        });
    }

    public ClaimEdit recolourTag(long tagId, String colour) throws ProjectException {
        return perform("Recolour tag", () -> {
            Tag tag = tag(tagId);
            return tagChange(tag, tag.withColour(colour));
        });
    }

    /**
     * Nests the tag under {@code parentId} (0: moves it to the top level); what is under it moves with it.
     * A move under itself or under a tag inside it is refused.
     */
    public ClaimEdit moveTag(long tagId, long parentId) throws ProjectException {
        return perform("Move tag", () -> {
            Tag tag = tag(tagId);
            TagTree tree = new TagTree(project.tags().list());
            if (parentId != 0) {
                tag(parentId);
            }
            if (!tree.canNest(tagId, parentId)) {
                throw new IllegalArgumentException("'" + tag.name() + "' cannot be nested under itself or a tag inside it");
            }
            return tagChange(tag, tag.withParent(parentId));
        });
    }

    /** Sets the tag's memo (empty for none). */
    public ClaimEdit setTagMemo(long tagId, String memo) throws ProjectException {
        return perform("Edit tag memo", () -> {
            Tag tag = tag(tagId);
            return tagChange(tag, tag.withMemo(memo));
        });
    }

    /** Sets the article's memo (empty for none), as one undoable edit. */
    public ArticleMemoEdit setArticleMemo(long documentId, String memo) throws ProjectException {
        ArticleMemoEdit edit = ArticleMemoEdit.perform(project, new ArticleMemo(documentId, memo));
        history.record(edit);
        return edit;
    }

    /** Puts tag {@code intoId} on every claim that has tag {@code fromId}, then removes {@code fromId}. */
    public ClaimEdit mergeTags(long fromId, long intoId) throws ProjectException {
        return perform("Merge tags", () -> {
            Tag from = tag(fromId);
            Tag into = tag(intoId);
            if (fromId == intoId) {
                throw new IllegalArgumentException("a tag cannot be merged into itself");
            }
            List<Claim> claims = project.claims().withTag(fromId);
            // Tags under the merged one move under the tag it is merged into; so does that tag, if it was one.
            TagTree tree = new TagTree(project.tags().list());
            Tag kept = into.parentId() == fromId ? into.withParent(from.parentId()) : into;
            List<Tag> moved = tree.children(fromId).stream().filter(t -> t.id() != intoId)
                    .map(t -> t.withParent(intoId)).toList();
            Tag stored = kept;
            List<Claim> merged = new ArrayList<>();
            for (Claim c : claims) {
                Set<Tag> tags = new LinkedHashSet<>(c.tags().stream().filter(t -> t.id() != fromId && t.id() != intoId)
                        .toList());
                tags.add(stored);
                merged.add(c.with(c.anchor(), List.copyOf(tags), c.status(), c.note(), now()));
            }
            return new BeforeAfter(Snapshot.ofClaims(concat(List.of(from, into), tree.children(fromId)), claims),
                    Snapshot.ofClaims(concat(List.of(kept), moved), merged));
        });
    }

    /**
     * Deletes a tag, taking it off every claim that has it; the tags directly under it move up to its
     * parent (undo puts them back under it).
     */
    public ClaimEdit deleteTag(long tagId) throws ProjectException {
        return perform("Delete tag", () -> {
            Tag tag = tag(tagId);
            List<Tag> children = new TagTree(project.tags().list()).children(tagId);
            List<Claim> claims = project.claims().withTag(tagId);
            List<Claim> untagged = claims.stream().map(c -> c.with(c.anchor(),
                    c.tags().stream().filter(t -> t.id() != tagId).toList(), c.status(), c.note(), now())).toList();
            // The parent first: undo writes the tags in this order, and a child needs its parent stored.
            return new BeforeAfter(Snapshot.ofClaims(concat(List.of(tag), children), claims),
                    Snapshot.ofClaims(children.stream().map(c -> c.withParent(tag.parentId())).toList(), untagged));
        });
    }

    private static List<Tag> concat(List<Tag> first, List<Tag> then) {
        List<Tag> out = new ArrayList<>(first);
        out.addAll(then);
        return out;
    }

    /** Confirms or rejects a computed counterpart (or sets it back to unreviewed); the claim's modified time moves. */
    public ClaimEdit review(long counterpartId, ClaimCounterpart.Review review) throws ProjectException {
        String label = switch (review) {
            case CONFIRMED -> "Confirm counterpart";
            case REJECTED -> "Reject counterpart";
            case UNREVIEWED -> "Reset review";
        };
        return perform(label, () -> {
            ClaimCounterpart counterpart = project.counterparts().get(counterpartId)
                    .orElseThrow(() -> new IllegalArgumentException("there is no counterpart " + counterpartId));
            // A review changes what the claim's evidence says, so the claim counts as modified (exports show it).
            Claim claim = claim(counterpart.claimId());
            Claim touched = claim.with(claim.anchor(), claim.tags(), claim.status(), claim.note(), now());
            return new BeforeAfter(new Snapshot(List.of(), List.of(claim), List.of(counterpart)),
                    new Snapshot(List.of(), List.of(touched), List.of(counterpart.withReview(review))));
        });
    }

    private record BeforeAfter(Snapshot before, Snapshot after) {
    }

    @FunctionalInterface
    private interface Plan {
        /** Reads the current state and says what it becomes. */
        BeforeAfter make() throws ProjectException;
    }

    @FunctionalInterface
    private interface ClaimChange {
        Claim apply(Claim claim) throws ProjectException;
    }

    private ClaimEdit perform(String label, Plan plan) throws ProjectException {
        ClaimEdit edit = project.transaction(() -> {
            BeforeAfter change = plan.make();
            return ClaimEdit.perform(project, label, change.before(), change.after());
        });
        history.record(edit);
        return edit;
    }

    private ClaimEdit change(String label, long claimId, ClaimChange change) throws ProjectException {
        return perform(label, () -> {
            Claim claim = claim(claimId);
            Claim changed = change.apply(claim);
            return new BeforeAfter(Snapshot.ofClaims(List.of(), List.of(claim)),
                    Snapshot.ofClaims(created(changed.tags()), List.of(changed)));
        });
    }

    private static BeforeAfter tagChange(Tag before, Tag after) {
        return new BeforeAfter(Snapshot.ofClaims(List.of(before), List.of()), Snapshot.ofClaims(List.of(after), List.of()));
    }

    private Claim claim(long id) throws ProjectException {
        return project.claims().get(id).orElseThrow(() -> new IllegalArgumentException("there is no claim " + id));
    }

    private Tag tag(long id) throws ProjectException {
        return project.tags().get(id).orElseThrow(() -> new IllegalArgumentException("there is no tag " + id));
    }

    /** The tags with these names: stored ones as they are, new ones with id 0 and the next palette colours. */
    private List<Tag> tags(Collection<String> names) throws ProjectException {
        List<Tag> result = new ArrayList<>();
        int next = project.tags().list().size();
        for (String name : names) {
            String clean = Tag.checkName(name);
            if (result.stream().anyMatch(t -> t.name().equalsIgnoreCase(clean))) {
                continue;
            }
            Tag tag = project.tags().byName(clean).orElse(null);
            result.add(tag != null ? tag : new Tag(0, clean, Tag.paletteColour(next++)));
        }
        return result;
    }

    private static List<Tag> created(List<Tag> tags) {
        return tags.stream().filter(t -> t.id() == 0).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
