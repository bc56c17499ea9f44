package cn.gov.dehong.cloud.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test can set, so that deadlines start from a known day (e.g. just before a holiday). */
public class MutableClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    public void setShanghai(LocalDateTime localDateTime) {
        this.now = localDateTime.atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
