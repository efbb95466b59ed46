package org.stemma.claims;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.index.CandidateIndex;

import java.util.List;

/** The articles of a project as claims need them: analysed once and indexed (the corpus session is one). */
public interface AnalysedCorpus {

    /** Every document id, in the order the documents were added. */
    List<Long> documentIds();

    AnalyzedDocument analysis(long documentId);

    CandidateIndex index();
}
