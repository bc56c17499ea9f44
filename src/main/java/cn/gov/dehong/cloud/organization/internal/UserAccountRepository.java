package cn.gov.dehong.cloud.organization.internal;

import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u join u.roles r where r = :role order by u.username")
    List<UserAccount> findByRole(Role role);

    /** One more failed login, counted in the database so that every instance sees the same count. */
    @Modifying
    @Query("update UserAccount u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countFailedLogin(String username);

    @Modifying
    @Query("update UserAccount u set u.lockedUntil = :until, u.failedLogins = 0 where u.username = :username")
    int lock(String username, java.time.Instant until);

    @Modifying
    @Query("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username")
    int clearFailedLogins(String username);

    /**
     * Accepts a TOTP time step once (form login: strictly newer than the last accepted step) in one conditional
     * UPDATE, so two instances racing with the same code cannot both win. Returns 1 when accepted.
     */
    @Modifying
    @Query("update UserAccount u set u.totpLastStep = :step where u.username = :username"
            + " and (u.totpLastStep is null or u.totpLastStep < :step)")
    int acceptNewerTotpStep(String username, long step);

    /** The API's rule: the newest accepted step may be presented again within its window, an older one never. */
    @Modifying
    @Query("update UserAccount u set u.totpLastStep = :step where u.username = :username"
            + " and (u.totpLastStep is null or u.totpLastStep <= :step)")
    int acceptCurrentTotpStep(String username, long step);
}
