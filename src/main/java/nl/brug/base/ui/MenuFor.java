package nl.brug.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Offers a view in the side navigation only to these roles, for a view that everyone signed in may open
 * ({@code @PermitAll}) but that means nothing to some roles — like the home page "Mijn werk", which sends
 * an administrator on to the account list. Access itself stays with the view's security annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuFor {

    /** Role names as in {@code nl.brug.security.Role}. */
    String[] value();
}
