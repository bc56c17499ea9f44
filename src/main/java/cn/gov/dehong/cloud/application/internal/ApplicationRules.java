package cn.gov.dehong.cloud.application.internal;

/** Fixed numbers of Art. 9 that are not working-day deadlines (those stand in the BPMN definitions). */
final class ApplicationRules {

    /** Art. 9(四): "测试时间为10天" — calendar days; production starts on the 11th day. */
    static final int TEST_PERIOD_DAYS = 10;

    private ApplicationRules() {
    }
}
