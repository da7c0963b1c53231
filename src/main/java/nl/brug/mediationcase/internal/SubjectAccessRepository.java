package nl.brug.mediationcase.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Party records found by what a person gives to identify themselves (name, e-mail address, phone number), for
 * a request to see one's data; each with its case loaded. Every query is bounded by what matches.
 */
public interface SubjectAccessRepository extends Repository<Party, Long> {

    /** The pattern is lower case, with {@code !} escaping the wildcards it must take literally. */
    @Query("""
            select p from Party p join fetch p.mediationCase c
            where lower(p.name) like :pattern escape '!'
            """)
    List<Party> findByNameLike(@Param("pattern") String pattern);

    @Query("""
            select p from Party p join fetch p.mediationCase c
            where lower(p.email) = :email
            """)
    List<Party> findByEmail(@Param("email") String lowerCaseEmail);

    /**
     * Candidates for a phone number: stored numbers whose digits end in the given digits (the separators a
     * phone number may hold are taken out). The caller compares the whole number.
     */
    @Query("""
            select p from Party p join fetch p.mediationCase c
            where p.phone is not null
              and replace(replace(replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), '(', ''), ')', ''),
                  '+', ''), '.', '') like :digitsPattern
            """)
    List<Party> findByPhoneEnding(@Param("digitsPattern") String digitsPattern);

    @Query("select p from Party p join fetch p.mediationCase c where p.id in :ids")
    List<Party> findWithCase(@Param("ids") Collection<Long> ids);
}
