package nl.brug.calendar.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarSubscriptionRepository extends JpaRepository<CalendarSubscription, Long> {

    Optional<CalendarSubscription> findByTokenHash(String tokenHash);
}
