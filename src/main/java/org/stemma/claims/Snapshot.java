package org.stemma.claims;

import org.stemma.model.Claim;
import org.stemma.model.Tag;
import org.stemma.model.ClaimCounterpart;

import java.util.List;
import java.util.Map;

/**
 * The part of a project one edit touches, as it is before or after the edit: the tags, claims and
 * counterparts involved, each whole, and the difference rules (a fingerprint, by claim id) those
 * counterparts were computed under, so that counterparts an undo brings back are not out of step.
 * Undoing writes the "before" back; anything in "after" that is missing from "before" was created by
 * the edit and is deleted.
 */
public record Snapshot(List<Tag> tags, List<Claim> claims, List<ClaimCounterpart> counterparts,
                       Map<Long, String> counterpartRules) {

    public static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), List.of());

    public Snapshot {
        tags = List.copyOf(tags);
        claims = List.copyOf(claims);
        counterparts = List.copyOf(counterparts);
        counterpartRules = Map.copyOf(counterpartRules);
    }

    /** Counterparts whose claims' rules the edit leaves as they are. */
    public Snapshot(List<Tag> tags, List<Claim> claims, List<ClaimCounterpart> counterparts) {
        this(tags, claims, counterparts, Map.of());
    }

    static Snapshot ofClaims(List<Tag> tags, List<Claim> claims) {
        return new Snapshot(tags, claims, List.of());
    }
}
