package nl.brug.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    List<Account> findByEnabledTrue();

    List<Account> findByEnabledFalse();

    @Query("""
            select a from Account a
            where :text = '' or a.usernameKey like concat('%', :text, '%')
               or lower(a.displayName) like concat('%', :text, '%')
               or lower(a.email) like concat('%', :text, '%')
            """)
    Page<Account> search(@Param("text") String lowerCaseText, Pageable pageable);

    /**
     * A login's bookkeeping (last login, failed attempts reset, lock lifted) as one update that leaves the
     * account's version alone: two logins of one account at the same moment (a phone and a laptop) are not
     * concurrent edits of the account, and the second must not fail on the first's version.
     */
    @Modifying
    @Query("update Account a set a.lastLoginAt = :at, a.failedLogins = 0, a.lockedUntil = null where a.id = :id")
    int recordLogin(@Param("id") long id, @Param("at") Instant at);
}
