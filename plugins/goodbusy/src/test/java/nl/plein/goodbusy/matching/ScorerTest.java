package nl.plein.goodbusy.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The score, factor by factor, against figures worked out by hand. The base pair fits on everything: a service day
 * in Utrecht for older people, hands-on and cooking, 6–10 people from 9 March to 8 April 2026, no VOG; a team of 8 for
 * a service day in Utrecht and Gelderland, for older and young people, hands-on and cooking, available 3 March to 31
 * May, willing to get a VOG. That is 40 (skills) + 20 (cause) + 25 (region) + 15 (form) = 100.
 */
class ScorerTest {

    static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    static final LocalDate APRIL_8 = LocalDate.of(2026, 4, 8);

    /** A request built from its parts; the tests change one thing at a time with the {@code with...} methods. */
    record Req(List<String> skills, String cause, String form, int min, int max, int capacity, LocalDate from,
               LocalDate until, boolean remote, String province, boolean vog, boolean oneDay) {
        static Req base() {
            return new Req(List.of("hands-on", "cooking"), "elderly", "service-day", 6, 10, 0, MARCH_9, APRIL_8, false,
                    "Utrecht", false, false);
        }

        Req withSkills(String... codes) {
            return new Req(List.of(codes), cause, form, min, max, capacity, from, until, remote, province, vog, oneDay);
        }

        Req withCause(String code) {
            return new Req(skills, code, form, min, max, capacity, from, until, remote, province, vog, oneDay);
        }

        Req withForm(String code) {
            return new Req(skills, cause, code, min, max, capacity, from, until, remote, province, vog, oneDay);
        }

        Req withGroup(int newMin, int newMax) {
            return new Req(skills, cause, form, newMin, newMax, capacity, from, until, remote, province, vog, oneDay);
        }

        Req withCapacity(int supervision) {
            return new Req(skills, cause, form, min, max, supervision, from, until, remote, province, vog, oneDay);
        }

        Req withDates(LocalDate newFrom, LocalDate newUntil) {
            return new Req(skills, cause, form, min, max, capacity, newFrom, newUntil, remote, province, vog, oneDay);
        }

        Req asRemote() {
            return new Req(skills, cause, form, min, max, capacity, from, until, true, province, vog, oneDay);
        }

        Req withProvince(String name) {
            return new Req(skills, cause, form, min, max, capacity, from, until, remote, name, vog, oneDay);
        }

        Req needingVog() {
            return new Req(skills, cause, form, min, max, capacity, from, until, remote, province, true, oneDay);
        }

        /** A one-day request on that day (its dates start and end there). */
        Req onOneDay(LocalDate day) {
            return new Req(skills, cause, form, min, max, capacity, day, day, remote, province, vog, true);
        }

        Facts.OfRequest facts() {
            return Facts.request("r", "org", Vocabulary.mask(Vocabulary.SKILLS, skills), cause, form, min, max,
                    capacity, from, until, remote, province, vog, oneDay);
        }
    }

    record Off(List<String> skills, List<String> causes, String form, int group, LocalDate from, LocalDate until,
               boolean remoteOk, boolean onSiteOk, List<String> provinces, boolean vog) {
        static Off base() {
            return new Off(List.of("hands-on", "cooking"), List.of("elderly", "youth"), "service-day", 8,
                    LocalDate.of(2026, 3, 3), LocalDate.of(2026, 5, 31), false, true, List.of("Utrecht", "Gelderland"),
                    true);
        }

        Off withSkills(String... codes) {
            return new Off(List.of(codes), causes, form, group, from, until, remoteOk, onSiteOk, provinces, vog);
        }

        Off withCauses(String... codes) {
            return new Off(skills, List.of(codes), form, group, from, until, remoteOk, onSiteOk, provinces, vog);
        }

        Off withForm(String code) {
            return new Off(skills, causes, code, group, from, until, remoteOk, onSiteOk, provinces, vog);
        }

        Off withGroup(int size) {
            return new Off(skills, causes, form, size, from, until, remoteOk, onSiteOk, provinces, vog);
        }

        Off withDates(LocalDate newFrom, LocalDate newUntil) {
            return new Off(skills, causes, form, group, newFrom, newUntil, remoteOk, onSiteOk, provinces, vog);
        }

        Off where(boolean remote, boolean onSite, String... names) {
            return new Off(skills, causes, form, group, from, until, remote, onSite, List.of(names), vog);
        }

        Off withoutVog() {
            return new Off(skills, causes, form, group, from, until, remoteOk, onSiteOk, provinces, false);
        }

        Facts.OfOffer facts() {
            return Facts.offer("o", "company", Vocabulary.mask(Vocabulary.SKILLS, skills),
                    Vocabulary.mask(Vocabulary.CAUSES, causes), form, group, from, until, remoteOk, onSiteOk,
                    Vocabulary.mask(Vocabulary.PROVINCES, provinces), vog);
        }
    }

    static MatchScore score(Req r, Off o) {
        MatchScore score = Scorer.score(r.facts(), o.facts());
        assertEquals(score.passes(), Scorer.passes(r.facts(), o.facts()), "passes() agrees with score()");
        if (score.passes()) assertEquals(score.score(), Scorer.points(r.facts(), o.facts()), "points() agrees");
        return score;
    }

    static Reason reason(MatchScore score, String name) {
        return score.reasons().stream().filter(r -> r.key().equals("goodbusy.reason." + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + name + " in " + score.reasons()));
    }

    static boolean has(MatchScore score, String name) {
        return score.reasons().stream().anyMatch(r -> r.key().equals("goodbusy.reason." + name));
    }

    @Test
    void thePairThatFitsOnEverythingScoresAHundredWithOneGoodReasonPerFactor() {
        MatchScore score = score(Req.base(), Off.base());
        assertTrue(score.passes());
        assertEquals(100, score.score());
        assertNull(score.split());
        assertEquals(List.of("dates-fit", "group-fits", "skills", "cause-shared", "same-province", "form-same"),
                score.reasons().stream().map(r -> r.key().substring("goodbusy.reason.".length())).toList());
        assertTrue(score.reasons().stream().allMatch(Reason::good));
    }

    // ---- hard filters

    @Test
    void datesMustOverlapAndTheReasonNamesTheDaysBothHave() {
        // Overlap 9 March (the request's start) to 8 April (its end).
        assertEquals(List.of(MARCH_9, APRIL_8), reason(score(Req.base(), Off.base()), "dates-fit").args());
        // An offer from 1 April to 30 April: overlap 1 April to 8 April.
        MatchScore part = score(Req.base(), Off.base().withDates(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertEquals(List.of(LocalDate.of(2026, 4, 1), APRIL_8), reason(part, "dates-fit").args());
        // Touching on one day is enough, at either end.
        assertTrue(score(Req.base(), Off.base().withDates(LocalDate.of(2026, 3, 1), MARCH_9)).passes());
        assertTrue(score(Req.base(), Off.base().withDates(APRIL_8, LocalDate.of(2026, 6, 1))).passes());
        // A day apart: out, with the reason and no points.
        MatchScore apart = score(Req.base(), Off.base().withDates(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 5, 1)));
        assertFalse(apart.passes());
        assertEquals(0, apart.score());
        assertFalse(reason(apart, "dates-apart").good());
        assertFalse(score(Req.base(), Off.base().withDates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 8))).passes());
    }

    @Test
    void aGroupSmallerThanTheMinimumIsOutAndOneWithinTheRangeFits() {
        MatchScore small = score(Req.base(), Off.base().withGroup(5));
        assertFalse(small.passes());
        assertEquals(List.of(5, 6), reason(small, "group-too-small").args());
        assertEquals(List.of(6, 6, 10), reason(score(Req.base(), Off.base().withGroup(6)), "group-fits").args());
        assertEquals(List.of(10, 6, 10), reason(score(Req.base(), Off.base().withGroup(10)), "group-fits").args());
        assertNull(score(Req.base(), Off.base().withGroup(10)).split());
    }

    @Test
    void aGroupLargerThanADayTakesIsSplitOverDatesNotHidden() {
        // 16 people, at most 10 a day: ceil(16 / 10) = 2 dates of 8.
        MatchScore two = score(Req.base(), Off.base().withGroup(16));
        assertTrue(two.passes());
        assertEquals(100, two.score(), "a split costs no points");
        assertEquals(new Split(2, 8, 8), two.split());
        assertEquals(List.of(16, 10, 2, 8, 8), reason(two, "group-split").args());
        assertTrue(reason(two, "group-split").good());
        // The organisation can supervise 6 at once, whatever the request says (4–10 people): ceil(16 / 6) = 3 dates,
        // 16 = 5 + 5 + 6.
        MatchScore three = score(Req.base().withGroup(4, 10).withCapacity(6), Off.base().withGroup(16));
        assertEquals(new Split(3, 5, 6), three.split());
        assertEquals(List.of(16, 6, 3, 5, 6), reason(three, "group-split").args());
        // 25 over 10 a day: 3 dates, 25 = 8 + 8 + 9.
        assertEquals(new Split(3, 8, 9), score(Req.base(), Off.base().withGroup(25)).split());
        // 60 over 10: 6 dates of exactly 10.
        assertEquals(new Split(6, 10, 10), score(Req.base(), Off.base().withGroup(60)).split());
        // A capacity above the request's maximum does not raise it; 8 within 6–8 with capacity 8 fits without split.
        assertEquals(List.of(8, 6, 10), reason(score(Req.base().withCapacity(20), Off.base()), "group-fits").args());
        assertEquals(List.of(8, 6, 8), reason(score(Req.base().withCapacity(8), Off.base()), "group-fits").args());
    }

    @Test
    void theSupervisionCapacityComesFromTheOrganisationsProfile() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        HelpRequest request = new HelpRequest("r", "org", "Tuindag", "", "service-day", "elderly",
                List.of("hands-on", "cooking", "cooking"), 4, 10, DateKind.PERIOD, MARCH_9, APRIL_8, "", false,
                "Utrecht", "Utrecht", false, "", ItemStatus.OPEN, null, now, now);
        Offer offer = new Offer("o", "company", "Teamdag", "", "service-day", List.of("elderly"),
                List.of("hands-on", "cooking"), 16, MARCH_9, APRIL_8, false, true, List.of("Utrecht"), true,
                ItemStatus.OPEN, null, now, now);
        assertEquals(10, Facts.of(request, null).perDay());
        OrganisationProfile profile = new OrganisationProfile("org", "", "", "Utrecht", "Utrecht", 6, now);
        assertEquals(6, Facts.of(request, profile).perDay());
        assertEquals(new Split(3, 5, 6), Scorer.score(Facts.of(request, profile), Facts.of(offer)).split());
        // The date kind comes along: only a one-day request is one.
        assertFalse(Facts.of(request, profile).oneDay());
        assertFalse(Facts.of(withKind(request, DateKind.RECURRING), profile).oneDay());
        assertTrue(Facts.of(withKind(request, DateKind.ONE_DAY), profile).oneDay());
        assertTrue(Facts.of(withKind(request, DateKind.ONE_DAY), profile).notBefore(MARCH_9.toEpochDay() + 3).oneDay());
        // A skill listed twice counts once: 2 of 2, not 2 of 3.
        assertEquals(2, Facts.of(request, profile).skillCount());
        assertEquals(100, Scorer.score(Facts.of(request, profile), Facts.of(offer)).score());
        // The stored text reads the same as the list.
        assertEquals(Vocabulary.mask(Vocabulary.SKILLS, List.of("it", "hr", "design")),
                Facts.mask(Vocabulary.SKILLS, "it,hr, design,unknown-code"));
    }

    private static HelpRequest withKind(HelpRequest r, DateKind kind) {
        return new HelpRequest(r.id(), r.organisationId(), r.title(), r.description(), r.form(), r.cause(), r.skills(),
                r.minGroup(), r.maxGroup(), kind, r.startsOn(), kind == DateKind.ONE_DAY ? r.startsOn() : r.endsOn(),
                r.recurrence(), r.remote(), r.municipality(), r.province(), r.vogRequired(), r.accessibility(),
                r.status(), r.createdBy(), r.createdAt(), r.updatedAt());
    }

    @Test
    void aOneDayRequestCannotBeSplitSoAGroupLargerThanItsDayIsOut() {
        LocalDate march20 = LocalDate.of(2026, 3, 20);
        Req oneDay = Req.base().onOneDay(march20);
        // The review's case: 25 people for one day that takes 10 is not "3 dates of 8–9" but out.
        MatchScore big = score(oneDay, Off.base().withGroup(25));
        assertFalse(big.passes());
        assertEquals(0, big.score());
        assertNull(big.split());
        assertEquals(List.of(25, 10), reason(big, "group-one-day").args());
        assertFalse(reason(big, "group-one-day").good());
        assertFalse(has(big, "group-split"));
        // Just one over: 11 on a day of 10.
        assertEquals(List.of(11, 10), reason(score(oneDay, Off.base().withGroup(11)), "group-one-day").args());
        // Within the day it fits as before: 10 of 6–10, and the date is the one day.
        MatchScore ten = score(oneDay, Off.base().withGroup(10));
        assertTrue(ten.passes());
        assertEquals(List.of(10, 6, 10), reason(ten, "group-fits").args());
        assertEquals(List.of(march20, march20), reason(ten, "dates-fit").args());
        // The day is what the organisation can supervise: 8 on a day it can guide 6 is out.
        assertEquals(List.of(8, 6), reason(score(oneDay.withGroup(4, 10).withCapacity(6), Off.base()), "group-one-day")
                .args());
        // The same 25 for a period (9 March to 8 April, 31 days) is split: 3 dates, 8 + 8 + 9.
        assertEquals(new Split(3, 8, 9), score(Req.base(), Off.base().withGroup(25)).split());
    }

    @Test
    void aSplitNeedsAsManyDaysAsDatesInWhatTheRequestAndTheOfferShare() {
        // The offer comes from 7 April, the request ends on 8 April: 2 days shared.
        Off late = Off.base().withDates(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 5, 31));
        // 25 over 10 a day needs ceil(25 / 10) = 3 dates: out, with the figures.
        MatchScore three = score(Req.base(), late.withGroup(25));
        assertFalse(three.passes());
        assertNull(three.split());
        assertEquals(List.of(25, 10, 3, 2), reason(three, "group-split-too-few-days").args());
        assertFalse(reason(three, "group-split-too-few-days").good());
        // 20 needs 2 dates: exactly the 2 days there are.
        MatchScore two = score(Req.base(), late.withGroup(20));
        assertTrue(two.passes());
        assertEquals(new Split(2, 10, 10), two.split());
        // One day shared (the offer from 8 April): 12 needs 2 dates of 6.
        MatchScore touching = score(Req.base(), Off.base().withGroup(12).withDates(APRIL_8, LocalDate.of(2026, 5, 31)));
        assertEquals(List.of(12, 10, 2, 1), reason(touching, "group-split-too-few-days").args());
        // Days count from today on: on 7 April the whole offer shares only 7 and 8 April with the request.
        long april7 = LocalDate.of(2026, 4, 7).toEpochDay();
        Facts.OfRequest r = Req.base().facts();
        Facts.OfOffer o = Off.base().withGroup(25).facts();
        assertTrue(Scorer.score(r, o).passes(), "3 dates in 31 days");
        MatchScore later = Scorer.score(r.notBefore(april7), o.notBefore(april7));
        assertFalse(later.passes());
        assertFalse(Scorer.passes(r.notBefore(april7), o.notBefore(april7)));
        assertEquals(List.of(25, 10, 3, 2), reason(later, "group-split-too-few-days").args());
        // Dates that do not overlap at all say so once, not also "too few days".
        MatchScore apart = score(Req.base(), Off.base().withGroup(25).withDates(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31)));
        assertTrue(has(apart, "dates-apart"));
        assertFalse(has(apart, "group-split-too-few-days"));
    }

    @Test
    void anOrganisationThatCannotGuideTheMinimumOnOneDayGetsNoGroupAtAll() {
        // The review's case: 6 people needed, the organisation guides 4 at once. Groups of 4 never reach 6.
        Req capped = Req.base().withCapacity(4);
        MatchScore eight = score(capped, Off.base());
        assertFalse(eight.passes());
        assertNull(eight.split());
        assertEquals(List.of(4, 6), reason(eight, "capacity-below-minimum").args());
        assertFalse(reason(eight, "capacity-below-minimum").good());
        assertFalse(has(eight, "group-split"));
        assertFalse(score(capped, Off.base().withGroup(40)).passes());
        // A group below the minimum as well: both reasons.
        MatchScore small = score(capped, Off.base().withGroup(5));
        assertEquals(List.of(5, 6), reason(small, "group-too-small").args());
        assertEquals(List.of(4, 6), reason(small, "capacity-below-minimum").args());
        // A capacity of exactly the minimum is enough: 6 a day, 12 over 2 dates of 6.
        MatchScore exact = score(Req.base().withCapacity(6), Off.base().withGroup(12));
        assertTrue(exact.passes());
        assertEquals(new Split(2, 6, 6), exact.split());
    }

    @Test
    void everyDateOfASplitGetsAtLeastTheMinimum() {
        // 11 over 10 a day takes 2 dates, and 11 = 5 + 6: a group of 5 is below the 6 needed. More dates only make
        // the groups smaller, so there is no split.
        MatchScore eleven = score(Req.base(), Off.base().withGroup(11));
        assertFalse(eleven.passes());
        assertNull(eleven.split());
        assertEquals(List.of(11, 10, 2, 5, 6), reason(eleven, "group-split-too-small").args());
        assertFalse(reason(eleven, "group-split-too-small").good());
        // 12 = 6 + 6 fits.
        assertEquals(new Split(2, 6, 6), score(Req.base(), Off.base().withGroup(12)).split());
        // 6 a day (the capacity) and 6 needed: 16 = 5 + 5 + 6 is out, 18 = 6 + 6 + 6 in.
        MatchScore sixteen = score(Req.base().withCapacity(6), Off.base().withGroup(16));
        assertEquals(List.of(16, 6, 3, 5, 6), reason(sixteen, "group-split-too-small").args());
        assertFalse(sixteen.passes());
        assertEquals(new Split(3, 6, 6), score(Req.base().withCapacity(6), Off.base().withGroup(18)).split());
        // 21 over 10 a day: 3 dates of 7, fine for a minimum of 7, not of 8 (21 = 7 + 7 + 7).
        assertEquals(new Split(3, 7, 7), score(Req.base().withGroup(7, 10), Off.base().withGroup(21)).split());
        assertEquals(List.of(21, 10, 3, 7, 8),
                reason(score(Req.base().withGroup(8, 10), Off.base().withGroup(21)), "group-split-too-small").args());
    }

    @Test
    void aRequestThatNeedsAVogOnlyMeetsOffersWillingToGetOne() {
        MatchScore missing = score(Req.base().needingVog(), Off.base().withoutVog());
        assertFalse(missing.passes());
        assertFalse(reason(missing, "vog-missing").good());
        MatchScore arranged = score(Req.base().needingVog(), Off.base());
        assertTrue(arranged.passes());
        assertTrue(reason(arranged, "vog-arranged").good());
        assertEquals(100, arranged.score());
        // No VOG asked: no VOG reason at all, willing or not.
        assertFalse(has(score(Req.base(), Off.base().withoutVog()), "vog-arranged"));
        assertFalse(has(score(Req.base(), Off.base().withoutVog()), "vog-missing"));
        assertTrue(score(Req.base(), Off.base().withoutVog()).passes());
    }

    @Test
    void remoteHelpNeedsARemoteOfferAndOnSiteHelpAnOfferThatComes() {
        MatchScore notRemote = score(Req.base().asRemote(), Off.base().where(false, true, "Utrecht"));
        assertFalse(notRemote.passes());
        assertTrue(has(notRemote, "not-remote"));
        MatchScore notOnSite = score(Req.base(), Off.base().where(true, false));
        assertFalse(notOnSite.passes());
        assertTrue(has(notOnSite, "not-on-site"));
        // Remote help with a remote offer from anywhere: the full region weight, "the place does not matter".
        MatchScore remote = score(Req.base().asRemote(), Off.base().where(true, false, "Limburg"));
        assertTrue(remote.passes());
        assertTrue(reason(remote, "remote").good());
        assertEquals(100, remote.score());
        assertTrue(score(Req.base(), Off.base().where(true, true, "Utrecht")).passes(), "an offer can do both");
    }

    // ---- soft weights

    @Test
    void skillsScoreTheShareOfTheAskedSkillsRoundedToWholePoints() {
        // 2 of 3: 26.67 -> 27; 1 of 3: 40 / 3 = 13.33 -> 13, weak (less than half).
        MatchScore twoOfThree = score(Req.base().withSkills("hands-on", "cooking", "gardening"), Off.base());
        assertEquals(List.of(2, 3), reason(twoOfThree, "skills").args());
        assertEquals(27 + 60, twoOfThree.score(), "2 of 3: 26.67 -> 27");
        MatchScore one = score(Req.base().withSkills("hands-on", "finance", "gardening"), Off.base());
        assertEquals(13 + 60, one.score());
        assertFalse(reason(one, "skills").good());
        // 1 of 2: 20, and half counts as good.
        MatchScore half = score(Req.base().withSkills("hands-on", "finance"), Off.base());
        assertEquals(20 + 60, half.score());
        assertTrue(reason(half, "skills").good());
        // 4 of 5: 32.
        MatchScore four = score(Req.base().withSkills("hands-on", "cooking", "it", "finance", "legal"),
                Off.base().withSkills("hands-on", "cooking", "it", "finance", "design"));
        assertEquals(List.of(4, 5), reason(four, "skills").args());
        assertEquals(32 + 60, four.score());
        // None of 2: 0, weak.
        MatchScore none = score(Req.base().withSkills("legal", "finance"), Off.base());
        assertEquals(60, none.score());
        assertFalse(reason(none, "skills").good());
        // Nothing asked: the full 40, with its own reason.
        MatchScore nothingAsked = score(Req.base().withSkills(), Off.base().withSkills());
        assertEquals(100, nothingAsked.score());
        assertTrue(reason(nothingAsked, "no-skills-asked").good());
        assertFalse(has(nothingAsked, "skills"));
    }

    @Test
    void aSharedCauseIsWorthTwenty() {
        assertEquals(List.of("goodbusy.cause.elderly"), reason(score(Req.base(), Off.base()), "cause-shared").args());
        MatchScore other = score(Req.base(), Off.base().withCauses("youth", "nature"));
        assertEquals(80, other.score());
        assertFalse(reason(other, "cause-other").good());
        assertEquals(List.of("goodbusy.cause.elderly"), reason(other, "cause-other").args());
        assertEquals(80, score(Req.base(), Off.base().withCauses()).score(), "an offer for no cause in particular");
    }

    @Test
    void sameProvinceGivesTheFullRegionWeightANeighbouringOneHalfAndFarNone() {
        assertEquals(List.of("Utrecht"), reason(score(Req.base(), Off.base()), "same-province").args());
        // Utrecht borders Gelderland: 25 / 2 = 12 (whole points, rounded down).
        MatchScore next = score(Req.base(), Off.base().where(false, true, "Gelderland"));
        assertEquals(75 + 12, next.score());
        assertTrue(reason(next, "neighbouring-province").good());
        // Limburg does not border Utrecht.
        MatchScore far = score(Req.base(), Off.base().where(false, true, "Limburg", "Zeeland"));
        assertEquals(75, far.score());
        assertFalse(reason(far, "far").good());
        assertEquals(List.of("Utrecht"), reason(far, "far").args());
        // Friesland and Noord-Holland meet across the Afsluitdijk.
        assertEquals(87, score(Req.base().withProvince("Friesland"), Off.base().where(false, true, "Noord-Holland")).score());
        assertEquals(75, score(Req.base().withProvince("Zeeland"), Off.base().where(false, true, "Groningen")).score());
        // Same province wins over a neighbour also offered.
        assertEquals(100, score(Req.base(), Off.base().where(false, true, "Gelderland", "Utrecht")).score());
    }

    @Test
    void theSameFormIsWorthFifteen() {
        assertEquals(List.of("goodbusy.form.service-day"), reason(score(Req.base(), Off.base()), "form-same").args());
        MatchScore other = score(Req.base(), Off.base().withForm("skills-based"));
        assertEquals(85, other.score());
        assertFalse(reason(other, "form-other").good());
        assertEquals(List.of("goodbusy.form.service-day"), reason(other, "form-other").args());
    }

    @Test
    void theTotalIsTheSumOfTheFactors() {
        // 2 of 3 skills (27) + another cause (0) + a neighbouring province (12) + the same form (15) = 54.
        MatchScore mixed = score(Req.base().withSkills("hands-on", "cooking", "it"),
                Off.base().withCauses("nature").where(false, true, "Gelderland"));
        assertEquals(27 + 0 + 12 + 15, mixed.score());
        // 1 of 4 skills (10) + the cause (20) + far (0) + another form (0) = 30.
        MatchScore low = score(Req.base().withSkills("hands-on", "it", "legal", "hr"),
                Off.base().where(false, true, "Limburg").withForm("pro-bono"));
        assertEquals(10 + 20 + 0 + 0, low.score());
        // Nothing in common but the hard filters: 0 skills of 2, other cause, far, other form.
        assertEquals(0, score(Req.base(), Off.base().withSkills("legal").withCauses("sport").withForm("relay")
                .where(false, true, "Zeeland")).score());
        assertEquals(Scorer.SKILLS + Scorer.CAUSE + Scorer.REGION + Scorer.FORM, 100);
    }

    @Test
    void matchingLooksOnlyAtTheDaysStillAhead() {
        Facts.OfRequest r = Req.base().facts();
        long march20 = LocalDate.of(2026, 3, 20).toEpochDay();
        assertEquals(march20, r.notBefore(march20).startsOn());
        assertEquals(r, r.notBefore(LocalDate.of(2026, 3, 1).toEpochDay()));
        // An offer that was available only before the 20th no longer meets the rest of the request.
        Facts.OfOffer early = Off.base().withDates(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 15)).facts();
        assertTrue(Scorer.passes(r, early));
        assertFalse(Scorer.passes(r.notBefore(march20), early.notBefore(march20)));
    }
}
