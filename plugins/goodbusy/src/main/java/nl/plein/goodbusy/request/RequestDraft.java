package nl.plein.goodbusy.request;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as its form produces it, checked: everything but the id, the organisation and the status.
 *
 * @param endsOn equal to {@code startsOn} for {@link DateKind#ONE_DAY}
 * @param recurrence how often, in words ("every second Saturday"), for {@link DateKind#RECURRING}; else empty
 */
public record RequestDraft(String title, String description, String form, String cause, List<String> skills,
                           int minGroup, int maxGroup, DateKind dateKind, LocalDate startsOn, LocalDate endsOn,
                           String recurrence, boolean remote, String municipality, String province,
                           boolean vogRequired, String accessibility) {
}
