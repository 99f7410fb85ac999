package nl.plein.api;

import java.util.function.Consumer;

/**
 * Synchronous in-process events between core and plugins. Event types live in {@code nl.plein.api.event} so that
 * no plugin needs another plugin's classes. A subscriber that throws is logged against its plugin; the other
 * subscribers still receive the event.
 */
public interface Events {

    <E> void subscribe(Class<E> type, Consumer<? super E> subscriber);

    void publish(Object event);
}
