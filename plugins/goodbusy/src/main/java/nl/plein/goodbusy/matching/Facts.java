package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * The few facts scoring looks at, in the cheapest form to compare: vocabulary lists as bit masks, dates as epoch
 * days. Ranking one request compares it with thousands of offers, and the nightly digest with all of them.
 *
 * <p>Two ways in, with one set of rules: from a whole request or offer ({@link #of(HelpRequest, OrganisationProfile)},
 * {@link #of(Offer)}), and from the stored columns alone ({@link #request}, {@link #offer}), for the queries that
 * read thousands of rows and must not load their descriptions.
 */
public final class Facts {

    private Facts() {
    }

    /**
     * @param perDay the largest group the organisation takes on one day: the request's maximum, lowered to the
     *               organisation's supervision capacity when its profile says so
     * @param oneDay the request is for one day ({@link DateKind#ONE_DAY}): a group too large for that day cannot be
     *               spread over other dates
     */
    public record OfRequest(String id, String organisationId, long skills, int skillCount, int cause, int form,
                            int minGroup, int maxGroup, int perDay, long startsOn, long endsOn, boolean remote,
                            int province, boolean vogRequired, boolean oneDay) {

        /** A request for a period or recurring within one (not {@link #oneDay}). */
        public OfRequest(String id, String organisationId, long skills, int skillCount, int cause, int form,
                         int minGroup, int maxGroup, int perDay, long startsOn, long endsOn, boolean remote,
                         int province, boolean vogRequired) {
            this(id, organisationId, skills, skillCount, cause, form, minGroup, maxGroup, perDay, startsOn, endsOn,
                    remote, province, vogRequired, false);
        }

        /**
         * The part of the request still ahead on {@code epochDay}: help for yesterday cannot be offered any more, so
         * matching compares only what is left (and the "date fits" reason names days that can still be met).
         */
        public OfRequest notBefore(long epochDay) {
            if (startsOn >= epochDay) return this;
            return new OfRequest(id, organisationId, skills, skillCount, cause, form, minGroup, maxGroup, perDay,
                    epochDay, endsOn, remote, province, vogRequired, oneDay);
        }
    }

    public record OfOffer(String id, String companyId, long skills, long causes, int form, int groupSize,
                          long availableFrom, long availableUntil, boolean remoteOk, boolean onSiteOk, long provinces,
                          boolean vogWilling) {

        /** The part of the offer's availability still ahead on {@code epochDay}; see {@link OfRequest#notBefore}. */
        public OfOffer notBefore(long epochDay) {
            if (availableFrom >= epochDay) return this;
            return new OfOffer(id, companyId, skills, causes, form, groupSize, epochDay, availableUntil, remoteOk,
                    onSiteOk, provinces, vogWilling);
        }
    }

    /** @param profile the organisation's profile, or null when it has none yet */
    public static OfRequest of(HelpRequest r, OrganisationProfile profile) {
        return request(r.id(), r.organisationId(), Vocabulary.mask(Vocabulary.SKILLS, r.skills()), r.cause(), r.form(),
                r.minGroup(), r.maxGroup(), profile == null ? 0 : profile.supervisionCapacity(), r.startsOn(),
                r.endsOn(), r.remote(), r.province(), r.vogRequired(), r.dateKind() == DateKind.ONE_DAY);
    }

    public static OfOffer of(Offer o) {
        return offer(o.id(), o.companyId(), Vocabulary.mask(Vocabulary.SKILLS, o.skills()),
                Vocabulary.mask(Vocabulary.CAUSES, o.causes()), o.form(), o.groupSize(), o.availableFrom(),
                o.availableUntil(), o.remoteOk(), o.onSiteOk(), Vocabulary.mask(Vocabulary.PROVINCES, o.provinces()),
                o.vogWilling());
    }

    /**
     * A request's facts from its columns.
     *
     * @param skills              the skills as a mask ({@link #mask(List, String)} for the stored text)
     * @param supervisionCapacity from the organisation's profile; 0 when it has none
     */
    public static OfRequest request(String id, String organisationId, long skills, String cause, String form,
                                    int minGroup, int maxGroup, int supervisionCapacity, LocalDate startsOn,
                                    LocalDate endsOn, boolean remote, String province, boolean vogRequired) {
        return request(id, organisationId, skills, cause, form, minGroup, maxGroup, supervisionCapacity, startsOn,
                endsOn, remote, province, vogRequired, false);
    }

    /**
     * A request's facts from its columns, with its date kind.
     *
     * @param oneDay whether its date kind is {@link DateKind#ONE_DAY} ({@code date_kind = 'one-day'})
     */
    public static OfRequest request(String id, String organisationId, long skills, String cause, String form,
                                    int minGroup, int maxGroup, int supervisionCapacity, LocalDate startsOn,
                                    LocalDate endsOn, boolean remote, String province, boolean vogRequired,
                                    boolean oneDay) {
        // The bits, not the list: a skill listed twice counts once.
        return new OfRequest(id, organisationId, skills, Long.bitCount(skills), index(Vocabulary.CAUSES, cause),
                index(Vocabulary.FORMS, form), minGroup, maxGroup, perDay(maxGroup, supervisionCapacity),
                startsOn.toEpochDay(), endsOn.toEpochDay(), remote, index(Vocabulary.PROVINCES, province), vogRequired,
                oneDay);
    }

    /**
     * The largest group an organisation takes on one day: the request's maximum, lowered to the supervision capacity
     * when the profile gives one (0: none), and never below 1.
     */
    public static int perDay(int maxGroup, int supervisionCapacity) {
        int perDay = maxGroup;
        if (supervisionCapacity > 0) perDay = Math.min(perDay, supervisionCapacity);
        return Math.max(1, perDay);
    }

    /** An offer's facts from its columns; the lists as masks ({@link #mask(List, String)} for the stored text). */
    public static OfOffer offer(String id, String companyId, long skills, long causes, String form, int groupSize,
                                LocalDate availableFrom, LocalDate availableUntil, boolean remoteOk, boolean onSiteOk,
                                long provinces, boolean vogWilling) {
        return new OfOffer(id, companyId, skills, causes, index(Vocabulary.FORMS, form), groupSize,
                availableFrom.toEpochDay(), availableUntil.toEpochDay(), remoteOk, onSiteOk, provinces, vogWilling);
    }

    /**
     * A list of codes as stored ({@code "coaching,finance"}) straight to its mask, without making the list: the same
     * as {@code Vocabulary.mask(vocabulary, Vocabulary.split(stored))}, for queries that read thousands of rows.
     */
    public static long mask(List<String> vocabulary, String stored) {
        if (stored == null || stored.isEmpty()) return 0;
        Map<String, Integer> bits = BITS.get(vocabulary);
        if (bits == null) return Vocabulary.mask(vocabulary, Vocabulary.split(stored));
        long mask = 0;
        int start = 0;
        while (start <= stored.length()) {
            int comma = stored.indexOf(',', start);
            int end = comma < 0 ? stored.length() : comma;
            Integer bit = bits.get(stored.substring(start, end).strip());
            if (bit != null) mask |= 1L << bit;
            start = end + 1;
        }
        return mask;
    }

    /** The place of a code in its vocabulary; -1 for none or an unknown one. */
    static int index(List<String> vocabulary, String code) {
        if (code == null) return -1;
        Map<String, Integer> bits = BITS.get(vocabulary);
        if (bits == null) return vocabulary.indexOf(code);
        Integer bit = bits.get(code);
        return bit == null ? -1 : bit;
    }

    private static final Map<List<String>, Map<String, Integer>> BITS = bits(List.of(Vocabulary.SKILLS,
            Vocabulary.CAUSES, Vocabulary.FORMS, Vocabulary.PROVINCES, Vocabulary.SECTORS, Vocabulary.SIZE_BANDS));

    private static Map<List<String>, Map<String, Integer>> bits(Collection<List<String>> vocabularies) {
        Map<List<String>, Map<String, Integer>> all = new java.util.IdentityHashMap<>();
        for (List<String> vocabulary : vocabularies) {
            Map<String, Integer> bits = new HashMap<>();
            for (int i = 0; i < vocabulary.size(); i++) bits.put(vocabulary.get(i), i);
            all.put(vocabulary, Map.copyOf(bits));
        }
        return all;
    }
}
