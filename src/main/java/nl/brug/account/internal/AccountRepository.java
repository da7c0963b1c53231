package nl.brug.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
