package cn.gov.dehong.cloud.organization.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrganizationDirectory implements OrganizationDirectory {

    private final UnitRepository units;
    private final UserAccountRepository users;

    JpaOrganizationDirectory(UnitRepository units, UserAccountRepository users) {
        this.units = units;
        this.users = users;
    }

    @Override
    public Actor currentActor() {
        return findCurrentActor().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no user"));
    }

    @Override
    public Optional<Actor> findCurrentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(new Actor(principal.userId(), principal.username(), principal.displayName(),
                    principal.unitId(), principal.unitName(), principal.roles()));
        }
        return Optional.empty();
    }

    @Override
    public UnitView unit(Long unitId) {
        Unit unit = units.findById(unitId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.unit.notFound", unitId));
        return toView(unit, unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null));
    }

    @Override
    public List<UnitView> units() {
        List<Unit> all = units.findAllByOrderByPathAsc();
        Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        return all.stream().map(unit -> toView(unit, byId.get(unit.getParentId()))).toList();
    }

    @Override
    public Set<Long> subtree(Long unitId) {
        Unit unit = units.findById(unitId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.unit.notFound", unitId));
        return new HashSet<>(units.findSubtreeIds(unit.getPath()));
    }

    @Override
    public DataScope scopeOf(Actor actor) {
        if (actor.seesEverything()) {
            return DataScope.everything();
        }
        Set<Long> visible = new HashSet<>();
        visible.add(actor.unitId());
        boolean subtree = actor.roles().stream().anyMatch(role -> role.scope() == Role.Scope.SUBTREE);
        if (subtree) {
            visible.addAll(subtree(actor.unitId()));
        }
        return new DataScope(false, Set.copyOf(visible));
    }

    @Override
    public void requireVisible(Actor actor, Long unitId) {
        if (!scopeOf(actor).includes(unitId)) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
    }

    @Override
    public Long aggregatingUnitOf(Long unitId) {
        Unit unit = units.findById(unitId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.unit.notFound", unitId));
        if (unit.getFundingKind() == FundingKind.COUNTY && unit.getCountyId() != null) {
            return unit.getCountyId();
        }
        Unit top = unit;
        while (top.getParentId() != null) {
            Unit parent = units.findById(top.getParentId()).orElseThrow();
            if (parent.getKind() != UnitKind.AGENCY) {
                break;
            }
            top = parent;
        }
        return top.getId();
    }

    @Override
    public Long fundingGovernmentOf(Long unitId) {
        Unit unit = units.findById(unitId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.unit.notFound", unitId));
        if (unit.getFundingKind() == FundingKind.COUNTY && unit.getCountyId() != null) {
            return unit.getCountyId();
        }
        return units.findAllByOrderByPathAsc().stream()
                .filter(candidate -> candidate.getKind() == UnitKind.PREFECTURE)
                .findFirst().map(Unit::getId).orElseThrow();
    }

    @Override
    public List<UserView> usersWithRole(Role role) {
        return users.findByRole(role).stream().map(this::toView).toList();
    }

    @Override
    public Optional<UserView> user(String username) {
        return users.findByUsername(username).map(this::toView);
    }

    private UserView toView(UserAccount account) {
        String unitName = units.findById(account.getUnitId()).map(Unit::getName).orElse("");
        return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getUnitId(),
                unitName, Set.copyOf(account.getRoles()), account.isEnabled(), account.getEmail(),
                account.getLockedUntil());
    }

    static UnitView toView(Unit unit, Unit parent) {
        return new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(), unit.getFundingKind(),
                unit.getParentId(), parent == null ? null : parent.getName(), unit.getCountyId(), unit.depth());
    }
}
