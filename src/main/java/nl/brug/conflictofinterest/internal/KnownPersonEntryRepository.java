package nl.brug.conflictofinterest.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KnownPersonEntryRepository extends JpaRepository<KnownPersonEntry, Long> {

    List<KnownPersonEntry> findByAccountIdOrderById(long accountId);

    List<KnownPersonEntry> findByAccountIdIn(Collection<Long> accountIds);

    Optional<KnownPersonEntry> findByIdAndAccountId(long id, long accountId);

    long countByAccountId(long accountId);
}
