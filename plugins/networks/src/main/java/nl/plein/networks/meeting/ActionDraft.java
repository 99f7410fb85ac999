package nl.plein.networks.meeting;

import java.time.LocalDate;

/** An action as the form describes it, checked (see {@link ActionForm}). */
record ActionDraft(String title, String ownerId, LocalDate dueOn, String meetingId) {
}
