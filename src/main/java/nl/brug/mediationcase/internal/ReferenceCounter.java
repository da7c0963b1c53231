package nl.brug.mediationcase.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reference number handed out in a year. */
@Entity
@Table(name = "case_reference_counter")
class ReferenceCounter {

    @Id
    @Column(name = "ref_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReferenceCounter() {
    }

    int next() {
        return ++lastNumber;
    }
}
