package cn.gov.dehong.cloud.organization.internal;

import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u join u.roles r where r = :role order by u.username")
    List<UserAccount> findByRole(Role role);
}
