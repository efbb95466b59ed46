package org.stemma.store;

import org.stemma.model.Claim;
import org.stemma.model.Tag;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The tags of a project, in a tree: each has at most one parent, and no tag is its own ancestor. Names
 * are unique regardless of (ASCII) case, across the whole tree (an analyst names a code, not a path).
 */
public final class TagStore {

    private static final String SELECT = "SELECT id, name, colour, parent_id, memo FROM tag ";

    private final ProjectFile project;
    private final ClaimStore claims;

    TagStore(ProjectFile project, ClaimStore claims) {
        this.project = project;
        this.claims = claims;
    }

    /** Every tag, by name. */
    public List<Tag> list() throws ProjectException {
        return project.read(c -> Statements.query(c, SELECT + "ORDER BY name, id", TagStore::read));
    }

    public Optional<Tag> get(long id) throws ProjectException {
        return project.read(c -> Statements.first(c, SELECT + "WHERE id = ?", TagStore::read, id));
    }

    /** The tag with this name in any ASCII case. */
    public Optional<Tag> byName(String name) throws ProjectException {
        return project.read(c -> Statements.first(c, SELECT + "WHERE name = ?", TagStore::read, Tag.checkName(name)));
    }

    /**
     * Saves a tag as given: a new one (id 0) gets an id, one with an id is written with it. A name that
     * another tag has is refused.
     */
    public Tag put(Tag tag) throws ProjectException {
        return project.write(c -> {
            Optional<Tag> clash = Statements.first(c, SELECT + "WHERE name = ? AND id <> ?", TagStore::read,
                    tag.name(), tag.id());
            if (clash.isPresent()) {
                throw new IllegalArgumentException("there is already a tag named '" + clash.get().name() + "'");
            }
            if (tag.parentId() != 0) {
                checkParent(c, tag);
            }
            long id = Statements.upsert(c, "INSERT INTO tag (id, name, colour, parent_id, memo) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, colour = excluded.colour, "
                    + "parent_id = excluded.parent_id, memo = excluded.memo", tag.id(), tag.name(), tag.colour(),
                    tag.parentId() == 0 ? null : tag.parentId(), tag.memo());
            return Statements.first(c, SELECT + "WHERE id = ?", TagStore::read, id).orElseThrow();
        });
    }

    /** Deletes a tag; claims that carry it lose it, and that change goes into their history. */
    public void delete(long id, String label) throws ProjectException {
        project.transaction(() -> {
            for (Claim claim : claims.withTag(id)) {
                claims.put(new Claim(claim.id(), claim.documentId(), claim.anchor(),
                        claim.tags().stream().filter(t -> t.id() != id).toList(), claim.status(), claim.note(),
                        claim.created(), Instant.now().truncatedTo(ChronoUnit.MILLIS)), label);
            }
            return project.write(c -> Statements.update(c, "DELETE FROM tag WHERE id = ?", id));
        });
    }

    /** Refuses a parent that is not there, or one that is the tag itself or below it (a cycle). */
    private static void checkParent(Connection c, Tag tag) throws SQLException {
        if (Statements.first(c, "SELECT id FROM tag WHERE id = ?", rs -> rs.getLong(1), tag.parentId()).isEmpty()) {
            throw new IllegalArgumentException("there is no tag " + tag.parentId() + " to nest '" + tag.name() + "' under");
        }
        if (tag.id() == 0) {
            return;
        }
        List<Long> above = Statements.query(c, "WITH RECURSIVE up(id) AS (SELECT ? UNION "
                + "SELECT t.parent_id FROM tag t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL) "
                + "SELECT id FROM up", rs -> rs.getLong(1), tag.parentId());
        if (above.contains(tag.id())) {
            throw new IllegalArgumentException("'" + tag.name() + "' cannot be nested under a tag inside it");
        }
    }

    private static Tag read(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("colour"), rs.getLong("parent_id"),
                rs.getString("memo"));
    }
}
