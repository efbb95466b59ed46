package org.stemma.store;

import org.stemma.model.Claim;
import org.stemma.model.Tag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The tags of a project. Names are unique regardless of (ASCII) case. */
public final class TagStore {

    private static final String SELECT = "SELECT id, name, colour FROM tag ";

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
            long id = Statements.upsert(c, "INSERT INTO tag (id, name, colour) VALUES (?, ?, ?) ON CONFLICT (id) "
                    + "DO UPDATE SET name = excluded.name, colour = excluded.colour", tag.id(), tag.name(), tag.colour());
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

    private static Tag read(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("colour"));
    }
}
