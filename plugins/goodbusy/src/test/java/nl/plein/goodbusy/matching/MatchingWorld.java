package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.request.RequestDraft;

/**
 * What the matching tests share: drafts changed one thing at a time (the fixture's request and offer fit on
 * everything and score 100), and a match row written straight into the table, as Part C would on a proposal.
 */
final class MatchingWorld {

    static final LocalDate TODAY = GoodBusyFixture.TODAY;

    private MatchingWorld() {
    }

    static RequestDraft request(String title) {
        return GoodBusyFixture.requestDraft(title);
    }

    static RequestDraft withDates(RequestDraft d, LocalDate from, LocalDate until) {
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), d.skills(), d.minGroup(),
                d.maxGroup(), d.dateKind(), from, until, d.recurrence(), d.remote(), d.municipality(), d.province(),
                d.vogRequired(), d.accessibility());
    }

    static RequestDraft withSkills(RequestDraft d, String... skills) {
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), List.of(skills), d.minGroup(),
                d.maxGroup(), d.dateKind(), d.startsOn(), d.endsOn(), d.recurrence(), d.remote(), d.municipality(),
                d.province(), d.vogRequired(), d.accessibility());
    }

    static RequestDraft withGroup(RequestDraft d, int min, int max) {
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), d.skills(), min, max, d.dateKind(),
                d.startsOn(), d.endsOn(), d.recurrence(), d.remote(), d.municipality(), d.province(), d.vogRequired(),
                d.accessibility());
    }

    static RequestDraft inProvince(RequestDraft d, String municipality, String province) {
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), d.skills(), d.minGroup(),
                d.maxGroup(), d.dateKind(), d.startsOn(), d.endsOn(), d.recurrence(), d.remote(), municipality,
                province, d.vogRequired(), d.accessibility());
    }

    static RequestDraft remote(RequestDraft d) {
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), d.skills(), d.minGroup(),
                d.maxGroup(), d.dateKind(), d.startsOn(), d.endsOn(), d.recurrence(), true, d.municipality(),
                d.province(), d.vogRequired(), d.accessibility());
    }

    static OfferDraft offer(String title) {
        return GoodBusyFixture.offerDraft(title);
    }

    static OfferDraft withProvinces(OfferDraft d, String... provinces) {
        return new OfferDraft(d.title(), d.description(), d.form(), d.causes(), d.skills(), d.groupSize(),
                d.availableFrom(), d.availableUntil(), d.remoteOk(), d.onSiteOk(), List.of(provinces), d.vogWilling());
    }

    static OfferDraft withForm(OfferDraft d, String form) {
        return new OfferDraft(d.title(), d.description(), form, d.causes(), d.skills(), d.groupSize(),
                d.availableFrom(), d.availableUntil(), d.remoteOk(), d.onSiteOk(), d.provinces(), d.vogWilling());
    }

    static OfferDraft withCauses(OfferDraft d, String... causes) {
        return new OfferDraft(d.title(), d.description(), d.form(), List.of(causes), d.skills(), d.groupSize(),
                d.availableFrom(), d.availableUntil(), d.remoteOk(), d.onSiteOk(), d.provinces(), d.vogWilling());
    }

    static OfferDraft withGroup(OfferDraft d, int size) {
        return new OfferDraft(d.title(), d.description(), d.form(), d.causes(), d.skills(), size, d.availableFrom(),
                d.availableUntil(), d.remoteOk(), d.onSiteOk(), d.provinces(), d.vogWilling());
    }

    static OfferDraft withDates(OfferDraft d, LocalDate from, LocalDate until) {
        return new OfferDraft(d.title(), d.description(), d.form(), d.causes(), d.skills(), d.groupSize(), from,
                until, d.remoteOk(), d.onSiteOk(), d.provinces(), d.vogWilling());
    }

    /**
     * A match between the two, as Part C writes it on a proposal (proposed now, by the test clock: a proposal from
     * long ago would be expired by the start-up check of Part C's jobs); returns its id.
     */
    static String match(PleinExtension plein, String requestId, String offerId) {
        String id = UUID.randomUUID().toString();
        long now = plein.clock().instant().toEpochMilli();
        plein.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_matches (id, request_id, offer_id, organisation_id, company_id, proposed_by,
                            proposer_id, proposal, score, status, answer_reason, answered_by, answered_at, nudges,
                            created_at, updated_at)
                        SELECT :id, r.id, o.id, r.organisation_id, o.company_id, 'organisation', NULL, 'Zullen we?', 100,
                               'proposed', '', NULL, NULL, 0, :now, :now
                          FROM goodbusy_requests r, goodbusy_offers o WHERE r.id = :request AND o.id = :offer""")
                .bind("id", id).bind("now", now).bind("request", requestId).bind("offer", offerId).execute());
        return id;
    }
}
