package cn.gov.dehong.cloud.shared;

/** A logged-in principal that belongs to a unit; lets low-level modules (audit) record the unit without knowing users. */
public interface UnitMember {

    Long unitId();
}
