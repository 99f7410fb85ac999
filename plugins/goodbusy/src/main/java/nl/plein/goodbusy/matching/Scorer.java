package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * Scores an offer against a request. First the hard filters — a pair that fails one is not suggested at all:
 * <ol>
 * <li>the offer's availability overlaps the request's dates;</li>
 * <li>the organisation can receive the group ({@link #receives}): the group is not smaller than the request's
 * minimum, and the organisation can guide at least that minimum on one day. A larger group than it can take in one
 * day is not a failure when it can be spread over dates — a {@link Split} — with every date's group between the
 * minimum and what a day takes, over no more dates than the request and the offer share; a one-day request has one
 * date only;</li>
 * <li>a request that needs a VOG (certificate of conduct) only meets offers whose employees will get one;</li>
 * <li>a remote request needs an offer that works remotely, an on-site request one that comes on site.</li>
 * </ol>
 * Then the soft weights, 100 points in all: skills {@value #SKILLS} (share of the asked skills the offer brings; all
 * of them when none are asked), cause {@value #CAUSE}, region {@value #REGION} (same province, half for a
 * neighbouring one, all for remote work) and form {@value #FORM}. Every factor leaves a {@link Reason}.
 */
public final class Scorer {

    public static final int SKILLS = 40;
    public static final int CAUSE = 20;
    public static final int REGION = 25;
    public static final int FORM = 15;

    private Scorer() {
    }

    /** Just the hard filters: the fast path of the digest, which scores only the pairs that pass. */
    public static boolean passes(Facts.OfRequest r, Facts.OfOffer o) {
        return o.availableFrom() <= r.endsOn() && o.availableUntil() >= r.startsOn()
                && (!r.vogRequired() || o.vogWilling())
                && (r.remote() ? o.remoteOk() : o.onSiteOk())
                && receives(r, o.groupSize(), o.availableFrom(), o.availableUntil());
    }

    /**
     * The group filter alone, for an offer whose availability overlaps the request's dates: whether the organisation
     * can receive a group of {@code group} on one date, or spread over dates ({@link #splits}).
     */
    public static boolean receives(Facts.OfRequest r, int group, long availableFrom, long availableUntil) {
        if (group < r.minGroup() || r.perDay() < r.minGroup()) return false;
        return group <= r.perDay() || splits(r, group, availableFrom, availableUntil);
    }

    /**
     * Whether a group larger than the organisation takes on one day can be spread over dates: not for a one-day
     * request; otherwise over the fewest dates that keep each group within what a day takes ({@link #dates}), each
     * group at least the request's minimum (more dates would only make the groups smaller), and no more dates than
     * the days the request and the offer share.
     */
    public static boolean splits(Facts.OfRequest r, int group, long availableFrom, long availableUntil) {
        return !r.oneDay() && splits(group, r.minGroup(), r.perDay(), sharedDays(r, availableFrom, availableUntil));
    }

    /** {@link #splits(Facts.OfRequest, int, long, long)} from the numbers alone, for a request read as columns. */
    static boolean splits(int group, int minGroup, int perDay, long sharedDays) {
        int dates = dates(group, perDay);
        return group / dates >= minGroup && sharedDays >= dates;
    }

    /** The fewest dates over which a group fits {@code perDay} a date: ⌈group / perDay⌉. */
    static int dates(int group, int perDay) {
        return (group + perDay - 1) / perDay;
    }

    /** The days the request's dates and the offer's availability share (0 or less when they do not overlap). */
    static long sharedDays(Facts.OfRequest r, long availableFrom, long availableUntil) {
        return Math.min(availableUntil, r.endsOn()) - Math.max(availableFrom, r.startsOn()) + 1;
    }

    /** The points alone, for ranking many pairs that passed; equal to {@code score(r, o).score()}. */
    public static int points(Facts.OfRequest r, Facts.OfOffer o) {
        return points(r.skills(), r.skillCount(), r.cause(), r.form(), r.remote(), r.province(), o.skills(),
                o.causes(), o.form(), o.provinces());
    }

    /**
     * The points from just the columns the soft weights read, for ranking thousands of rows straight from a query
     * without making their facts; the same as {@link #points(Facts.OfRequest, Facts.OfOffer)}. The request's cause,
     * form and province are places in their vocabulary (-1 for none); skills, the offer's causes and provinces masks.
     */
    public static int points(long askedSkills, int skillCount, int cause, int form, boolean remote, int province,
                             long offeredSkills, long causes, int offeredForm, long provinces) {
        int points = skillCount == 0 ? SKILLS
                : Math.round((float) SKILLS * Long.bitCount(askedSkills & offeredSkills) / skillCount);
        if (cause >= 0 && (causes & (1L << cause)) != 0) points += CAUSE;
        points += regionPoints(remote, province, provinces);
        if (form >= 0 && form == offeredForm) points += FORM;
        return points;
    }

    public static MatchScore score(Facts.OfRequest r, Facts.OfOffer o) {
        List<Reason> reasons = new ArrayList<>();
        boolean passes = true;
        boolean overlap = o.availableFrom() <= r.endsOn() && o.availableUntil() >= r.startsOn();
        if (overlap) {
            reasons.add(Reason.good("goodbusy.reason.dates-fit",
                    LocalDate.ofEpochDay(Math.max(o.availableFrom(), r.startsOn())),
                    LocalDate.ofEpochDay(Math.min(o.availableUntil(), r.endsOn()))));
        } else {
            reasons.add(Reason.weak("goodbusy.reason.dates-apart"));
            passes = false;
        }
        // The same rules as receives(...), each failure with its own reason.
        Split split = null;
        int group = o.groupSize();
        if (group < r.minGroup()) {
            reasons.add(Reason.weak("goodbusy.reason.group-too-small", group, r.minGroup()));
            passes = false;
        }
        if (r.perDay() < r.minGroup()) {
            // Whatever the company sends, no date could have the group the request needs.
            reasons.add(Reason.weak("goodbusy.reason.capacity-below-minimum", r.perDay(), r.minGroup()));
            passes = false;
        } else if (group >= r.minGroup()) {
            if (group <= r.perDay()) {
                reasons.add(Reason.good("goodbusy.reason.group-fits", group, r.minGroup(), r.perDay()));
            } else if (r.oneDay()) {
                reasons.add(Reason.weak("goodbusy.reason.group-one-day", group, r.perDay()));
                passes = false;
            } else {
                int dates = dates(group, r.perDay());
                long days = sharedDays(r, o.availableFrom(), o.availableUntil());
                if (group / dates < r.minGroup()) {
                    reasons.add(Reason.weak("goodbusy.reason.group-split-too-small", group, r.perDay(), dates,
                            group / dates, r.minGroup()));
                    passes = false;
                } else if (overlap && days < dates) {
                    // (Dates that do not overlap at all have their own reason above.)
                    reasons.add(Reason.weak("goodbusy.reason.group-split-too-few-days", group, r.perDay(), dates,
                            (int) days));
                    passes = false;
                } else {
                    split = new Split(dates, group / dates, (group + dates - 1) / dates);
                    reasons.add(Reason.good("goodbusy.reason.group-split", group, r.perDay(), dates,
                            split.smallest(), split.largest()));
                }
            }
        }
        if (r.vogRequired()) {
            if (o.vogWilling()) {
                reasons.add(Reason.good("goodbusy.reason.vog-arranged"));
            } else {
                reasons.add(Reason.weak("goodbusy.reason.vog-missing"));
                passes = false;
            }
        }
        if (r.remote() && !o.remoteOk()) {
            reasons.add(Reason.weak("goodbusy.reason.not-remote"));
            passes = false;
        } else if (!r.remote() && !o.onSiteOk()) {
            reasons.add(Reason.weak("goodbusy.reason.not-on-site"));
            passes = false;
        }
        if (!passes) return new MatchScore(false, 0, List.copyOf(reasons), null);

        if (r.skillCount() == 0) {
            reasons.add(Reason.good("goodbusy.reason.no-skills-asked"));
        } else {
            int matched = Long.bitCount(r.skills() & o.skills());
            reasons.add(new Reason("goodbusy.reason.skills", List.of(matched, r.skillCount()),
                    matched * 2 >= r.skillCount()));
        }
        String cause = r.cause() >= 0 ? Vocabulary.CAUSES.get(r.cause()) : "";
        if (r.cause() >= 0 && (o.causes() & (1L << r.cause())) != 0) {
            reasons.add(Reason.good("goodbusy.reason.cause-shared", "goodbusy.cause." + cause));
        } else {
            reasons.add(Reason.weak("goodbusy.reason.cause-other", "goodbusy.cause." + cause));
        }
        int region = regionPoints(r.remote(), r.province(), o.provinces());
        if (r.remote()) {
            reasons.add(Reason.good("goodbusy.reason.remote"));
        } else if (region == REGION) {
            reasons.add(Reason.good("goodbusy.reason.same-province", Vocabulary.PROVINCES.get(r.province())));
        } else if (region > 0) {
            reasons.add(Reason.good("goodbusy.reason.neighbouring-province", Vocabulary.PROVINCES.get(r.province())));
        } else {
            reasons.add(Reason.weak("goodbusy.reason.far",
                    r.province() >= 0 ? Vocabulary.PROVINCES.get(r.province()) : ""));
        }
        String form = r.form() >= 0 ? Vocabulary.FORMS.get(r.form()) : "";
        if (r.form() >= 0 && r.form() == o.form()) {
            reasons.add(Reason.good("goodbusy.reason.form-same", "goodbusy.form." + form));
        } else {
            reasons.add(Reason.weak("goodbusy.reason.form-other", "goodbusy.form." + form));
        }
        return new MatchScore(true, points(r, o), List.copyOf(reasons), split);
    }

    private static int regionPoints(boolean remote, int province, long provinces) {
        if (remote) return REGION;
        if (province < 0) return 0;
        if ((provinces & (1L << province)) != 0) return REGION;
        return (provinces & NEIGHBOURS[province]) != 0 ? REGION / 2 : 0;
    }

    /**
     * Per province (by its place in {@link Vocabulary#PROVINCES}) the mask of the provinces next to it: the digest
     * scores millions of pairs, and one AND beats looking up names for each.
     */
    private static final long[] NEIGHBOURS = neighbourMasks();

    private static long[] neighbourMasks() {
        long[] masks = new long[Vocabulary.PROVINCES.size()];
        for (int p = 0; p < masks.length; p++) {
            for (int q = 0; q < masks.length; q++) {
                if (Vocabulary.neighbours(Vocabulary.PROVINCES.get(p), Vocabulary.PROVINCES.get(q))) {
                    masks[p] |= 1L << q;
                }
            }
        }
        return masks;
    }
}
