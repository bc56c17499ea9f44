package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Art. 13 on every user's home page (the to-do list): who of the vendor is on duty now, for templates as
 * {@code ${@dutyContact.current()}} so the page owner (application) needs no dependency on operations.
 */
@Component("dutyContact")
public class DutyContact {

    private final DutyRoster roster;

    DutyContact(DutyRoster roster) {
        this.roster = roster;
    }

    public List<DutyShiftView> current() {
        return roster.current();
    }
}
