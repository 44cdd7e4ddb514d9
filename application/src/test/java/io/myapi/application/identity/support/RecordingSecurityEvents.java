package io.myapi.application.identity.support;

import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every security event for assertions. */
public final class RecordingSecurityEvents implements SecurityEvents {

    /**
     * One event.
     *
     * @param type what happened
     * @param subject who or what
     * @param detail the detail
     */
    public record Event(SecurityEventType type, String subject, String detail) {
    }

    /** Every event so far. */
    public final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(SecurityEventType type, String subject, String detail) {
        events.add(new Event(type, subject, detail));
    }

    /**
     * The events of one type.
     *
     * @param type the type
     * @return those events
     */
    public List<Event> of(SecurityEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
