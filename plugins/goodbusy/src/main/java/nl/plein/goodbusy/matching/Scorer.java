package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * Scores an offer against a request. First the hard filters — a pair that fails one is not suggested at all:
 * <ol>
 * <li>the offer's availability overlaps the request's dates;</li>
 * <li>the group is not smaller than the request's minimum (a larger group than the organisation can take in one day
 * is not a failure: it gets a {@link Split} over several dates);</li>
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
                && o.groupSize() >= r.minGroup()
                && (!r.vogRequired() || o.vogWilling())
                && (r.remote() ? o.remoteOk() : o.onSiteOk());
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
        if (o.availableFrom() <= r.endsOn() && o.availableUntil() >= r.startsOn()) {
            reasons.add(Reason.good("goodbusy.reason.dates-fit",
                    LocalDate.ofEpochDay(Math.max(o.availableFrom(), r.startsOn())),
                    LocalDate.ofEpochDay(Math.min(o.availableUntil(), r.endsOn()))));
        } else {
            reasons.add(Reason.weak("goodbusy.reason.dates-apart"));
            passes = false;
        }
        Split split = null;
        if (o.groupSize() < r.minGroup()) {
            reasons.add(Reason.weak("goodbusy.reason.group-too-small", o.groupSize(), r.minGroup()));
            passes = false;
        } else if (o.groupSize() <= r.perDay()) {
            reasons.add(Reason.good("goodbusy.reason.group-fits", o.groupSize(), r.minGroup(), r.perDay()));
        } else {
            int dates = (o.groupSize() + r.perDay() - 1) / r.perDay();
            split = new Split(dates, o.groupSize() / dates, (o.groupSize() + dates - 1) / dates);
            reasons.add(Reason.good("goodbusy.reason.group-split", o.groupSize(), r.perDay(), dates,
                    split.smallest(), split.largest()));
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
