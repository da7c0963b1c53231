package nl.brug.mediationcase.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.OptimisticLock;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;

/**
 * What the case list's free text looks in: the search text (reference, title, the parties' names) and its words,
 * which the filter looks up by their start (decision 035). Derived from the title (guarded by the overview's
 * version) and the party names (guarded by each party's version), so keeping it in step never makes the case
 * itself look changed.
 */
@Embeddable
class CaseSearchIndex {

    @OptimisticLock(excluded = true)
    @Column(name = "search_text", nullable = false)
    private String text = "";

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "case_search_word", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "word", length = SearchWords.WORD_MAX)
    private Set<String> words = new HashSet<>();

    void refresh(String reference, String title, List<String> partyNames) {
        text = SearchText.of(reference, title, partyNames);
        // Only the words that changed are written: Hibernate deletes and inserts the difference.
        Set<String> current = SearchWords.of(text);
        words.retainAll(current);
        words.addAll(current);
    }
}
