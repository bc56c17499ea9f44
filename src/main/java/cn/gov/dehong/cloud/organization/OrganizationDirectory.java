package cn.gov.dehong.cloud.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who the caller is, the organisation tree, and the data scope rules: a unit user sees its own unit, an
 * aggregator or a county-level government approver its subtree, the DEC, finance, vendor and auditors everything.
 */
public interface OrganizationDirectory {

    /** The authenticated caller; fails with 401 semantics when nobody is logged in. */
    Actor currentActor();

    Optional<Actor> findCurrentActor();

    UnitView unit(Long unitId);

    List<UnitView> units();

    /** The unit and all units below it. */
    Set<Long> subtree(Long unitId);

    DataScope scopeOf(Actor actor);

    /** Throws a 404 (never reveals the object exists) when the unit is outside the caller's scope. */
    void requireVisible(Actor actor, Long unitId);

    /**
     * The unit whose aggregator rolls up this unit's centralized application (Art. 9(一)1): the county for a
     * county-funded unit, otherwise the top-most agency above it (the unit itself when it has no parent agency).
     */
    Long aggregatingUnitOf(Long unitId);

    /** The government level that must secure a special application's funding (Art. 9(一)2). */
    Long fundingGovernmentOf(Long unitId);

    List<UserView> usersWithRole(Role role);

    Optional<UserView> user(String username);
}
