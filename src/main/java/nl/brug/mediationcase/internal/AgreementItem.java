package nl.brug.mediationcase.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
/** One concrete item of a case's agreement. */
@Entity
@Table(name = "agreement_item")
public class AgreementItem extends CasePart implements VersionedPart {

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String responsible;

    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected AgreementItem() {
    }

    AgreementItem(MediationCase mediationCase, AgreementItemData data) {
        super(mediationCase);
        assign(data);
    }

    void apply(AgreementItemData data) {
        assign(data);
    }

    // Private, so the constructor's call cannot be overridden (a Hibernate proxy overrides the rest) and the
    // null check sees every required field set.
    private void assign(AgreementItemData data) {
        description = data.description().strip();
        responsible = data.responsible().strip();
        dueOn = data.dueOn();
        status = data.status();
    }

    public AgreementItemData toData() {
        return new AgreementItemData(description, responsible, dueOn, status);
    }

    @Override
    public long getVersion() {
        return version;
    }

}
