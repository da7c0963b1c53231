package nl.brug.mediationcase.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import java.util.Optional;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ReferenceCounter c where c.year = :year")
    Optional<ReferenceCounter> lockYear(@Param("year") int year);

    /** A plain insert, never a merge: a merge could overwrite a year's counter that already exists. */
    @Modifying
    @Query(value = "insert into case_reference_counter (ref_year, last_number) values (:year, 0)", nativeQuery = true)
    void insertYear(@Param("year") int year);
}
