package org.stemma.claims;

import org.stemma.model.ArticleMemo;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.util.Set;

/** A change to one article's memo, kept as the memo before and after it (ClaimService.setArticleMemo). */
public final class ArticleMemoEdit implements Edit {

    private final ProjectFile project;
    private final ArticleMemo before;
    private final ArticleMemo after;

    private ArticleMemoEdit(ProjectFile project, ArticleMemo before, ArticleMemo after) {
        this.project = project;
        this.before = before;
        this.after = after;
    }

    static ArticleMemoEdit perform(ProjectFile project, ArticleMemo memo) throws ProjectException {
        ArticleMemo before = project.transaction(() -> {
            ArticleMemo was = project.articleMemos().get(memo.documentId());
            project.articleMemos().put(memo);
            return was;
        });
        return new ArticleMemoEdit(project, before, memo);
    }

    public ArticleMemo before() {
        return before;
    }

    public ArticleMemo after() {
        return after;
    }

    @Override
    public String label() {
        return "Edit article memo";
    }

    @Override
    public void undo() throws ProjectException {
        project.articleMemos().put(before);
    }

    @Override
    public void redo() throws ProjectException {
        project.articleMemos().put(after);
    }

    @Override
    public Touched touched() {
        return new Touched(Set.of(), Set.of(), false, Set.of(after.documentId()));
    }
}
