package org.stemma.claims;

import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes what the claim editor asks for (new tags, the claim, its status, note and reviews) as one
 * transaction and one undo step (decision record 0701): the steps are made by a {@link ClaimService}
 * with a history of its own, then recorded together in the project's history.
 */
public final class ClaimSaving {

    private ClaimSaving() {
    }

    public static Claim save(ProjectFile project, UndoHistory history, ClaimDraft draft) throws ProjectException {
        ClaimService steps = new ClaimService(project, new UndoHistory(1));
        List<ClaimEdit> done = new ArrayList<>();
        Claim saved = project.transaction(() -> {
            for (Tag tag : draft.tags()) {
                if (tag.id() == 0 && project.tags().byName(tag.name()).isEmpty()) {
                    done.add(steps.createTag(tag.name(), tag.colour()));
                }
            }
            List<String> names = draft.tags().stream().map(Tag::name).toList();
            if (draft.isNew()) {
                ClaimEdit add = steps.addClaim(draft.documentId(), draft.span().start(), draft.span().end(), names,
                        draft.status(), draft.note());
                done.add(add);
                return add.claim();
            }
            long id = draft.claimId();
            Claim current = project.claims().get(id)
                    .orElseThrow(() -> new IllegalArgumentException("the claim has been deleted meanwhile"));
            if (!lowerCase(current.tags().stream().map(Tag::name).toList()).equals(lowerCase(names))) {
                done.add(steps.setTags(id, names));
            }
            if (current.status() != draft.status()) {
                done.add(steps.setStatus(id, draft.status()));
            }
            if (!current.note().equals(draft.note())) {
                done.add(steps.setNote(id, draft.note()));
            }
            for (ClaimCounterpart counterpart : project.counterparts().forClaim(id)) {
                ClaimCounterpart.Review review = draft.reviews().get(counterpart.id());
                if (review != null && review != counterpart.review()) {
                    done.add(steps.review(counterpart.id(), review));
                }
            }
            return project.claims().get(id).orElseThrow();
        });
        if (!done.isEmpty()) {
            String label = draft.isNew() ? "Add claim" : done.size() == 1 ? done.get(0).label() : "Edit claim";
            history.record(new EditGroup(project, label, done));
        }
        return saved;
    }

    private static Set<String> lowerCase(List<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
