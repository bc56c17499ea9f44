package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** How the supervision pages show a ratio: {@code ${@supFmt.percent(r)}} → "66.7%", "—" without a ratio. */
@Component("supFmt")
class SupervisionFormat {

    public String percent(BigDecimal ratio) {
        return SupervisionBulletinService.percent(ratio);
    }
}
