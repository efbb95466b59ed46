package org.stemma.claims;

import org.stemma.model.Claim;
import org.stemma.model.Tag;
import org.stemma.model.ClaimCounterpart;

import java.util.List;

/**
 * The part of a project one edit touches, as it is before or after the edit: the tags, claims and
 * counterparts involved, each whole. Undoing writes the "before" back; anything in "after" that is missing
 * from "before" was created by the edit and is deleted.
 */
public record Snapshot(List<Tag> tags, List<Claim> claims, List<ClaimCounterpart> counterparts) {

    public static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), List.of());

    public Snapshot {
        tags = List.copyOf(tags);
        claims = List.copyOf(claims);
        counterparts = List.copyOf(counterparts);
    }

    static Snapshot ofClaims(List<Tag> tags, List<Claim> claims) {
        return new Snapshot(tags, claims, List.of());
    }
}
