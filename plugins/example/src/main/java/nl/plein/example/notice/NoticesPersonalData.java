package nl.plein.example.notice;

import java.util.Map;
import nl.plein.api.hooks.PersonalDataProvider;

/** A person's notices go into their data export; on erasure the notices stay, without author. */
public final class NoticesPersonalData implements PersonalDataProvider {

    private final NoticeRepository notices;

    public NoticesPersonalData(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public Object export(String personId) {
        return Map.of("notices", notices.byAuthor(personId));
    }

    @Override
    public void erase(String personId) {
        notices.anonymiseAuthor(personId);
    }
}
