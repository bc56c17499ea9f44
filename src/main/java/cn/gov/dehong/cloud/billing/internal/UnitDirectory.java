package cn.gov.dehong.cloud.billing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;

/** The organisation tree read once per run (10,000 units are a few MB), instead of a query per instance. */
final class UnitDirectory {

    private final Map<Long, UnitView> byId = new HashMap<>();
    private final Long prefectureId;
    private final String prefectureName;

    UnitDirectory(List<UnitView> units) {
        UnitView prefecture = null;
        for (UnitView unit : units) {
            byId.put(unit.id(), unit);
            if (unit.kind() == UnitKind.PREFECTURE && unit.parentId() == null) {
                prefecture = unit;
            }
        }
        this.prefectureId = prefecture == null ? 0L : prefecture.id();
        this.prefectureName = prefecture == null ? "" : prefecture.name();
    }

    UnitView get(Long unitId) {
        return byId.get(unitId);
    }

    Long prefectureId() {
        return prefectureId;
    }

    String nameOf(Long unitId) {
        if (unitId == null) {
            return "";
        }
        if (unitId.equals(prefectureId)) {
            return prefectureName;
        }
        UnitView unit = byId.get(unitId);
        return unit == null ? String.valueOf(unitId) : unit.name();
    }
}
