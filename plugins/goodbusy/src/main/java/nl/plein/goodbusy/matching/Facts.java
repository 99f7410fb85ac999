package nl.plein.goodbusy.matching;

import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * The few facts scoring looks at, in the cheapest form to compare: vocabulary lists as bit masks, dates as epoch
 * days. Ranking one request compares it with thousands of offers, and the nightly digest with all of them.
 */
public final class Facts {

    private Facts() {
    }

    /**
     * @param perDay the largest group the organisation takes on one day: the request's maximum, lowered to the
     *               organisation's supervision capacity when its profile says so
     */
    public record OfRequest(String id, String organisationId, long skills, int skillCount, int cause, int form,
                            int minGroup, int maxGroup, int perDay, long startsOn, long endsOn, boolean remote,
                            int province, boolean vogRequired) {
    }

    public record OfOffer(String id, String companyId, long skills, long causes, int form, int groupSize,
                          long availableFrom, long availableUntil, boolean remoteOk, boolean onSiteOk, long provinces,
                          boolean vogWilling) {
    }

    /** @param profile the organisation's profile, or null when it has none yet */
    public static OfRequest of(HelpRequest r, OrganisationProfile profile) {
        int perDay = r.maxGroup();
        if (profile != null && profile.supervisionCapacity() > 0) {
            perDay = Math.min(perDay, profile.supervisionCapacity());
        }
        return new OfRequest(r.id(), r.organisationId(), Vocabulary.mask(Vocabulary.SKILLS, r.skills()),
                (int) r.skills().stream().filter(Vocabulary.SKILLS::contains).count(),
                Vocabulary.CAUSES.indexOf(r.cause()), Vocabulary.FORMS.indexOf(r.form()), r.minGroup(), r.maxGroup(),
                Math.max(1, perDay), r.startsOn().toEpochDay(), r.endsOn().toEpochDay(), r.remote(),
                Vocabulary.PROVINCES.indexOf(r.province()), r.vogRequired());
    }

    public static OfOffer of(Offer o) {
        return new OfOffer(o.id(), o.companyId(), Vocabulary.mask(Vocabulary.SKILLS, o.skills()),
                Vocabulary.mask(Vocabulary.CAUSES, o.causes()), Vocabulary.FORMS.indexOf(o.form()), o.groupSize(),
                o.availableFrom().toEpochDay(), o.availableUntil().toEpochDay(), o.remoteOk(), o.onSiteOk(),
                Vocabulary.mask(Vocabulary.PROVINCES, o.provinces()), o.vogWilling());
    }
}
