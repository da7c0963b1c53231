package nl.brug.mediationcase.internal;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What every part of a case has: its own id, and the case it belongs to (column {@code case_id}). */
@MappedSuperclass
abstract class CasePart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;

    @SuppressWarnings("NullAway.Init")
    protected CasePart() {
        // for JPA
    }

    protected CasePart(MediationCase mediationCase) {
        this.mediationCase = mediationCase;
    }

    public @Nullable Long getId() {
        return id;
    }

    /** The case this part belongs to. */
    public MediationCase getMediationCaseForQueries() {
        return mediationCase;
    }
}
