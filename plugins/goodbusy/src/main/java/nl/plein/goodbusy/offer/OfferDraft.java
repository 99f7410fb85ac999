package nl.plein.goodbusy.offer;

import java.time.LocalDate;
import java.util.List;

/**
 * An offer as its form produces it, checked: everything but the id, the company and the status.
 *
 * @param groupSize       how many employees take part
 * @param provinces       where on-site work can be (when {@code onSiteOk})
 * @param vogWilling      the employees will get a VOG when a request needs one
 */
public record OfferDraft(String title, String description, String form, List<String> causes, List<String> skills,
                         int groupSize, LocalDate availableFrom, LocalDate availableUntil, boolean remoteOk,
                         boolean onSiteOk, List<String> provinces, boolean vogWilling) {
}
