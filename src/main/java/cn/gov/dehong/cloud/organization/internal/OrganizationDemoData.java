package cn.gov.dehong.cloud.organization.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo prefecture: 德宏州, its five counties, ~20 units across the levels, and one login per role.
 * Runs once, on an empty database, when {@code dehong.demo.enabled=true}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "dehong.demo.enabled", havingValue = "true")
class OrganizationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final UnitRepository units;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String demoPassword;
    private final Map<String, Unit> byCode = new HashMap<>();

    OrganizationDemoData(UnitRepository units, UserAccountRepository users, PasswordEncoder passwordEncoder,
                         @Value("${dehong.demo.password}") String demoPassword) {
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoPassword = demoPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.count() > 0) {
            return;
        }
        Unit prefecture = unit("5331", "德宏州", UnitKind.PREFECTURE, null, null);
        Unit mangshi = unit("533103", "芒市", UnitKind.COUNTY, null, prefecture);
        Unit ruili = unit("533102", "瑞丽市", UnitKind.COUNTY, null, prefecture);
        Unit lianghe = unit("533122", "梁河县", UnitKind.COUNTY, null, prefecture);
        Unit yingjiang = unit("533123", "盈江县", UnitKind.COUNTY, null, prefecture);
        Unit longchuan = unit("533124", "陇川县", UnitKind.COUNTY, null, prefecture);
        Unit stationed = unit("5331-ZY", "中央和省驻德宏单位", UnitKind.STATIONED_GROUP, null, prefecture);

        Unit dec = agency("5331-DEC", "德宏州数字经济发展中心", FundingKind.PREFECTURE, prefecture);
        Unit finance = agency("5331-CZJ", "德宏州财政局", FundingKind.PREFECTURE, prefecture);
        Unit cac = agency("5331-WXB", "中共德宏州委网络安全和信息化委员会办公室", FundingKind.PREFECTURE, prefecture);
        agency("5331-BMJ", "中共德宏州委机要和保密局", FundingKind.PREFECTURE, prefecture);
        agency("5331-GXJ", "德宏州工业信息化和科学技术局", FundingKind.PREFECTURE, prefecture);
        agency("5331-GAJ", "德宏州公安局", FundingKind.PREFECTURE, prefecture);
        agency("5331-ZFB", "德宏州人民政府办公室", FundingKind.PREFECTURE, prefecture);
        Unit education = agency("5331-JTJ", "德宏州教育体育局", FundingKind.PREFECTURE, prefecture);
        Unit school = agency("5331-JTJ-01", "德宏州民族第一中学", FundingKind.PREFECTURE, education);
        Unit health = agency("5331-WJW", "德宏州卫生健康委员会", FundingKind.PREFECTURE, prefecture);
        agency("5331-WJW-01", "德宏州人民医院", FundingKind.PREFECTURE, health);
        agency("5331-RSJ", "德宏州人力资源和社会保障局", FundingKind.PREFECTURE, prefecture);
        agency("5331-SJJ", "德宏州市场监督管理局", FundingKind.PREFECTURE, prefecture);

        Unit mangshiEducation = agency("533103-JTJ", "芒市教育体育局", FundingKind.COUNTY, mangshi);
        agency("533103-ZWJ", "芒市政务服务管理局", FundingKind.COUNTY, mangshi);
        agency("533102-KAB", "瑞丽市口岸办公室", FundingKind.COUNTY, ruili);
        agency("533122-WJJ", "梁河县卫生健康局", FundingKind.COUNTY, lianghe);
        agency("533123-ZRJ", "盈江县自然资源局", FundingKind.COUNTY, yingjiang);
        agency("533124-NYJ", "陇川县农业农村局", FundingKind.COUNTY, longchuan);

        Unit tax = agency("5331-SWJ", "国家税务总局德宏傣族景颇族自治州税务局", FundingKind.NATIONAL_PROVINCIAL, stationed);
        agency("5331-QXJ", "德宏州气象局", FundingKind.NATIONAL_PROVINCIAL, stationed);
        Unit vendor = unit("5331-VENDOR", "德宏云中标供应商（运营商）", UnitKind.VENDOR, null, prefecture);

        user("edu.applicant", "李明（申请人）", education, Role.UNIT_APPLICANT);
        user("edu.leader", "张华（负责人）", education, Role.UNIT_LEADER, Role.AGGREGATOR);
        user("school.applicant", "杨丽（申请人）", school, Role.UNIT_APPLICANT);
        user("school.leader", "段伟（负责人）", school, Role.UNIT_LEADER);
        user("mangshi.edu.applicant", "岳芳（申请人）", mangshiEducation, Role.UNIT_APPLICANT);
        user("mangshi.edu.leader", "刀成（负责人）", mangshiEducation, Role.UNIT_LEADER);
        user("mangshi.aggregator", "孟强（芒市汇总）", mangshi, Role.AGGREGATOR);
        user("mangshi.gov", "排云（芒市人民政府）", mangshi, Role.GOV_APPROVER);
        user("tax.applicant", "赵敏（申请人）", tax, Role.UNIT_APPLICANT, Role.UNIT_LEADER, Role.AGGREGATOR);
        user("dec.acceptor", "王芳（数发中心受理）", dec, Role.DEC_ACCEPTOR);
        user("dec.reviewer", "陈刚（数发中心审核）", dec, Role.DEC_REVIEWER);
        user("finance", "刘洋（州财政局）", finance, Role.FINANCE);
        user("security", "周静（州委网信办）", cac, Role.SECURITY_VIEWER);
        user("vendor", "孙涛（运营商）", vendor, Role.VENDOR_OPERATOR);
        user("gov.approver", "何平（州人民政府）", prefecture, Role.GOV_APPROVER);
        user("admin", "系统管理员", dec, Role.SYSTEM_ADMIN);
        user("auditor", "审计人员", finance, Role.AUDITOR);
        user("secadmin", "安全管理员", dec, Role.SECURITY_ADMIN);
        log.info("Demo organisation created: {} units, {} users", units.count(), users.count());
    }

    private Unit agency(String code, String name, FundingKind fundingKind, Unit parent) {
        return unit(code, name, UnitKind.AGENCY, fundingKind, parent);
    }

    private Unit unit(String code, String name, UnitKind kind, FundingKind fundingKind, Unit parent) {
        Unit unit = units.saveAndFlush(new Unit(code, name, kind, fundingKind, parent));
        unit.assignPath(parent);
        byCode.put(code, unit);
        return units.saveAndFlush(unit);
    }

    private void user(String username, String displayName, Unit unit, Role... roles) {
        users.save(new UserAccount(username, passwordEncoder.encode(demoPassword), displayName, unit.getId(),
                username + "@dehong.gov.cn", EnumSet.of(roles[0], roles)));
    }
}
