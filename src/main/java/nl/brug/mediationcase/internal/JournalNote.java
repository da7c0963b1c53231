package nl.brug.mediationcase.internal;

import java.time.Instant;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A dated note by a mediator. A note's text is never edited: a correction is a new note, so the journal
 * stays a trustworthy record. A confidential note is for the case's mediators only; an ordinary note can be
 * made confidential afterwards, never the other way round (there is no setter for either).
 */
@Entity
@Table(name = "journal_note")
public class JournalNote extends CasePart {

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false)
    private boolean confidential;

    @SuppressWarnings("NullAway.Init")
    protected JournalNote() {
    }

    JournalNote(MediationCase mediationCase, Instant writtenAt, long authorId, String text, boolean confidential) {
        super(mediationCase);
        this.writtenAt = writtenAt;
        this.authorId = authorId;
        this.text = text.strip();
        this.confidential = confidential;
    }

    /** Only through {@link MediationCase#makeNoteConfidential}, which records it in the history. */
    void makeConfidential() {
        confidential = true;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public boolean isConfidential() {
        return confidential;
    }
}
