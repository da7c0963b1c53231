package nl.brug.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Display names of accounts, so the audit log can say who was assigned rather than an account id. The
 * account feature provides it; the audit feature cannot ask that feature directly, since every account
 * change is itself audited.
 */
public interface AccountNames {

    Map<Long, String> displayNames(Collection<Long> ids);
}
