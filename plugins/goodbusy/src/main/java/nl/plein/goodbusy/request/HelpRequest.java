package nl.plein.goodbusy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.plein.goodbusy.ItemStatus;

/** A hulpvraag of a social organisation: what it needs, when, where and from how many people. */
public record HelpRequest(String id, String organisationId, String title, String description, String form,
                          String cause, List<String> skills, int minGroup, int maxGroup, DateKind dateKind,
                          LocalDate startsOn, LocalDate endsOn, String recurrence, boolean remote,
                          String municipality, String province, boolean vogRequired, String accessibility,
                          ItemStatus status, String createdBy, Instant createdAt, Instant updatedAt) {

    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }

    public RequestDraft draft() {
        return new RequestDraft(title, description, form, cause, skills, minGroup, maxGroup, dateKind, startsOn,
                endsOn, recurrence, remote, municipality, province, vogRequired, accessibility);
    }
}
