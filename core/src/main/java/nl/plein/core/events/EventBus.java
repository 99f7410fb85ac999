package nl.plein.core.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to subscribers synchronously, in subscription order. A subscriber that throws is logged against
 * its owner and the others still get the event, so one plugin cannot break another.
 */
public final class EventBus {

    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private record Subscriber(String owner, Class<?> type, Consumer<Object> consumer) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final java.util.function.Predicate<String> ownerIsOn;

    /** @param ownerIsOn whether an owner hears events now (a switched-off plugin does not) */
    public EventBus(java.util.function.Predicate<String> ownerIsOn) {
        this.ownerIsOn = ownerIsOn;
    }

    @SuppressWarnings("unchecked")
    public <E> void subscribe(String owner, Class<E> type, Consumer<? super E> consumer) {
        subscribers.add(new Subscriber(owner, type, event -> ((Consumer<Object>) consumer).accept(event)));
    }

    public void publish(Object event) {
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.type().isInstance(event) || !ownerIsOn.test(subscriber.owner())) continue;
            try {
                subscriber.consumer().accept(event);
            } catch (RuntimeException e) {
                log.error("event subscriber failed owner={} event={}", subscriber.owner(),
                        event.getClass().getSimpleName(), e);
            }
        }
    }
}
