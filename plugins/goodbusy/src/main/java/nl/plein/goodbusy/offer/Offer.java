package nl.plein.goodbusy.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.plein.goodbusy.ItemStatus;

/** What a company offers: a team for a day, a mentor for six months, pro-bono advice. */
public record Offer(String id, String companyId, String title, String description, String form, List<String> causes,
                    List<String> skills, int groupSize, LocalDate availableFrom, LocalDate availableUntil,
                    boolean remoteOk, boolean onSiteOk, List<String> provinces, boolean vogWilling, ItemStatus status,
                    String createdBy, Instant createdAt, Instant updatedAt) {

    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }

    public OfferDraft draft() {
        return new OfferDraft(title, description, form, causes, skills, groupSize, availableFrom, availableUntil,
                remoteOk, onSiteOk, provinces, vogWilling);
    }
}
