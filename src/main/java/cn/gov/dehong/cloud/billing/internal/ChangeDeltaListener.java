package cn.gov.dehong.cloud.billing.internal;

import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears applied changes after subscription's transaction commits, in its own transaction; the event publication
 * registry redelivers it after a crash, and the delta is recorded once.
 */
@Component
class ChangeDeltaListener {

    private final ChangeDeltaService deltas;

    ChangeDeltaListener(ChangeDeltaService deltas) {
        this.deltas = deltas;
    }

    @ApplicationModuleListener
    void on(ServiceChanged event) {
        deltas.record(event);
    }
}
