package nl.brug.mediationcase.agreement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One concrete thing agreed: what, who does it, by when, and whether it was done. */
public record AgreementItemData(String description, String responsible, @Nullable LocalDate dueOn,
        ItemStatus status) {

    public static final int DESCRIPTION_MAX = 1000;
    public static final int RESPONSIBLE_MAX = 200;

    public static AgreementItemData open(String description, String responsible, @Nullable LocalDate dueOn) {
        return new AgreementItemData(description, responsible, dueOn, ItemStatus.OPEN);
    }
}
