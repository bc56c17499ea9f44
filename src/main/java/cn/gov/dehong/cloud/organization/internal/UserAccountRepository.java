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
}
