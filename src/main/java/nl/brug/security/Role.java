package nl.brug.security;

/**
 * The three roles of Brug. A person may hold more than one. The Spring authority is {@code ROLE_} + name,
 * so {@code @RolesAllowed("MEDIATOR")} and {@code hasRole('MEDIATOR')} both work.
 */
public enum Role {
    MEDIATOR,
    SUPERVISOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
