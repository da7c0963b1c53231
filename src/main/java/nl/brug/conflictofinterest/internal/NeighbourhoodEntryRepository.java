package nl.brug.conflictofinterest.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NeighbourhoodEntryRepository extends JpaRepository<NeighbourhoodEntry, Long> {

    List<NeighbourhoodEntry> findByAccountIdOrderById(long accountId);

    List<NeighbourhoodEntry> findByAccountIdIn(Collection<Long> accountIds);

    Optional<NeighbourhoodEntry> findByIdAndAccountId(long id, long accountId);

    long countByAccountId(long accountId);
}
