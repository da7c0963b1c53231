package nl.brug.security;

/**
 * The roles of Brug. A funder (opdrachtgever: the municipality that pays for mediation) sees only figures in
 * which no person can be recognised, never a case. A person may hold more than one. The Spring authority is {@code ROLE_} + name,
 * so {@code @RolesAllowed("MEDIATOR")} and {@code hasRole('MEDIATOR')} both work.
 */
public enum Role {
    MEDIATOR,
    SUPERVISOR,
    ADMIN,
    FUNDER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
