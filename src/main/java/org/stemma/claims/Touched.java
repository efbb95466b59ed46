package org.stemma.claims;

import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;

import java.util.HashSet;
import java.util.Set;

/**
 * The claims, tags and article memos an edit changed, so that a view updates those rows instead of
 * reading the whole project again. {@link #EVERYTHING} is for an edit that cannot say.
 *
 * @param memos the articles whose memo the edit changed
 */
public record Touched(Set<Long> claims, Set<Long> tags, boolean everything, Set<Long> memos) {

    public static final Touched NOTHING = new Touched(Set.of(), Set.of(), false);
    public static final Touched EVERYTHING = new Touched(Set.of(), Set.of(), true);

    public Touched {
        claims = Set.copyOf(claims);
        tags = Set.copyOf(tags);
        memos = Set.copyOf(memos);
    }

    public Touched(Set<Long> claims, Set<Long> tags, boolean everything) {
        this(claims, tags, everything, Set.of());
    }

    /** What the snapshots of an edit hold: their claims, the claims of their counterparts, their tags. */
    public static Touched of(Snapshot... snapshots) {
        Set<Long> claims = new HashSet<>();
        Set<Long> tags = new HashSet<>();
        for (Snapshot s : snapshots) {
            s.claims().stream().map(Claim::id).filter(id -> id != 0).forEach(claims::add);
            s.counterparts().stream().map(ClaimCounterpart::claimId).filter(id -> id != 0).forEach(claims::add);
            s.tags().stream().map(Tag::id).filter(id -> id != 0).forEach(tags::add);
        }
        return new Touched(claims, tags, false);
    }

    public Touched and(Touched other) {
        Set<Long> c = new HashSet<>(claims);
        c.addAll(other.claims);
        Set<Long> t = new HashSet<>(tags);
        t.addAll(other.tags);
        Set<Long> m = new HashSet<>(memos);
        m.addAll(other.memos);
        return new Touched(c, t, everything || other.everything, m);
    }
}
