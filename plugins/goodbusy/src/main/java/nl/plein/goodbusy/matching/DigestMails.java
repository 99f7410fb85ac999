package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.api.Mail;
import nl.plein.goodbusy.GoodBusy;

/**
 * The digest's mails: for each organisation and company with new good matches, the five best and how many more;
 * each of its coordinators (administrators in core — a company's employees are its members and get nothing) gets one
 * mail a day with a section per organisation they coordinate, in their own language, with links to the suggestions
 * pages. Titles and names are read for the listed pairs only, a few statements for the whole digest (plus one per
 * organisation for its coordinators, which the API offers one organisation at a time).
 */
final class DigestMails {

    static final int LISTED = 5;

    private final Directory directory;
    private final Mail mail;
    private final Explanation explanation;
    private final Candidates candidates;
    private final String baseUrl;
    private final int goodMatch;

    DigestMails(GoodBusy goodBusy, Candidates candidates) {
        var context = goodBusy.context();
        this.directory = context.directory();
        this.mail = context.mail();
        this.explanation = new Explanation(context.messages());
        this.candidates = candidates;
        this.baseUrl = context.baseUrl().toString().replaceAll("/+$", "");
        this.goodMatch = goodBusy.settings().goodMatch();
    }

    /** What one organisation or company gets told: how many new matches, and the best few. */
    private static final class Tally {
        final String organisationId;
        final boolean company;
        int count;
        final long[] best = new long[LISTED];
        int listed;

        Tally(String organisationId, boolean company) {
            this.organisationId = organisationId;
            this.company = company;
        }
    }

    /** Mails the digest of the new good pairs; returns how many people it was queued for. */
    int send(GoodPairs pairs, long[] fresh, LocalDate date) {
        if (fresh.length == 0) return 0;
        Map<String, Tally> byOrganisation = new LinkedHashMap<>();
        Tally[] ofRequest = new Tally[pairs.requests.length];
        Tally[] ofOffer = new Tally[pairs.offers.size()];
        Comparator<Long> better = better(pairs);
        for (long pair : fresh) {
            int r = GoodPairs.request(pair);
            int o = GoodPairs.offer(pair);
            if (ofRequest[r] == null) {
                ofRequest[r] = byOrganisation.computeIfAbsent("o:" + pairs.requests[r].organisationId(),
                        k -> new Tally(pairs.requests[r].organisationId(), false));
            }
            if (ofOffer[o] == null) {
                ofOffer[o] = byOrganisation.computeIfAbsent("c:" + pairs.offers.offer(o).companyId(),
                        k -> new Tally(pairs.offers.offer(o).companyId(), true));
            }
            keep(ofRequest[r], pair, better);
            keep(ofOffer[o], pair, better);
        }

        // Who reads it: each organisation's coordinators, each with their language.
        Map<String, List<Tally>> byPerson = new LinkedHashMap<>();
        for (Tally tally : byOrganisation.values()) {
            for (Directory.PersonInfo admin : directory.administratorsOf(tally.organisationId)) {
                byPerson.computeIfAbsent(admin.id(), k -> new ArrayList<>()).add(tally);
            }
        }
        if (byPerson.isEmpty()) return 0;
        Map<String, Directory.PersonInfo> people = directory.people(byPerson.keySet());

        Set<String> requestIds = new HashSet<>();
        Set<String> offerIds = new HashSet<>();
        Set<String> organisationIds = new HashSet<>();
        for (Tally tally : byOrganisation.values()) {
            organisationIds.add(tally.organisationId);
            for (int i = 0; i < tally.listed; i++) {
                Facts.OfRequest r = pairs.requestOf(tally.best[i]);
                Facts.OfOffer o = pairs.offerOf(tally.best[i]);
                requestIds.add(r.id());
                offerIds.add(o.id());
                organisationIds.add(r.organisationId());
                organisationIds.add(o.companyId());
            }
        }
        Map<String, String> requestTitles = candidates.titles("goodbusy_requests", requestIds);
        Map<String, String> offerTitles = candidates.titles("goodbusy_offers", offerIds);
        Map<String, Directory.OrganisationInfo> names = directory.organisations(organisationIds);

        int mails = 0;
        for (Map.Entry<String, List<Tally>> entry : byPerson.entrySet()) {
            Directory.PersonInfo person = people.get(entry.getKey());
            if (person == null) continue;
            Locale locale = Locale.forLanguageTag(person.locale() == null ? "nl" : person.locale());
            List<Map<String, Object>> sections = new ArrayList<>();
            List<Tally> tallies = new ArrayList<>(entry.getValue());
            tallies.sort(Comparator.comparing((Tally t) -> name(names, t.organisationId))
                    .thenComparing(t -> t.organisationId));
            for (Tally tally : tallies) {
                List<Map<String, Object>> matches = new ArrayList<>();
                for (int i = 0; i < tally.listed; i++) {
                    long pair = tally.best[i];
                    Facts.OfRequest r = pairs.requestOf(pair);
                    Facts.OfOffer o = pairs.offerOf(pair);
                    MatchScore score = Scorer.score(r, o);
                    Map<String, Object> match = new HashMap<>();
                    match.put("mine", tally.company ? offerTitles.getOrDefault(o.id(), "")
                            : requestTitles.getOrDefault(r.id(), ""));
                    match.put("other", tally.company ? requestTitles.getOrDefault(r.id(), "")
                            : offerTitles.getOrDefault(o.id(), ""));
                    match.put("party", name(names, tally.company ? r.organisationId() : o.companyId()));
                    match.put("score", score.score());
                    match.put("summary", explanation.summary(score, locale));
                    match.put("url", baseUrl + (tally.company ? "/goodbusy/offers/" + o.id()
                            : "/goodbusy/requests/" + r.id()) + "/suggestions");
                    matches.add(match);
                }
                sections.add(Map.of("name", name(names, tally.organisationId), "company", tally.company,
                        "matches", matches, "more", tally.count - tally.listed,
                        "moreUrl", baseUrl + (tally.company ? "/goodbusy/offers/mine" : "/goodbusy")));
            }
            mail.toPerson(person.id(), "goodbusy.matching.mail.digest.subject", "goodbusy/mail/matching-digest",
                    Map.of("sections", sections, "threshold", goodMatch), "digest-" + date + "-" + person.id());
            mails++;
        }
        return mails;
    }

    /** Better first: more points, then the older request, then the older offer (ids are time-ordered). */
    private static Comparator<Long> better(GoodPairs pairs) {
        return Comparator.<Long>comparingInt(p -> -GoodPairs.points(p))
                .thenComparing(p -> pairs.requestOf(p).id())
                .thenComparing(p -> pairs.offerOf(p).id());
    }

    /** Counts the pair and keeps it if it is among the best few (insertion into five places). */
    private static void keep(Tally tally, long pair, Comparator<Long> better) {
        tally.count++;
        int at = tally.listed;
        while (at > 0 && better.compare(pair, tally.best[at - 1]) < 0) at--;
        if (at >= LISTED) return;
        int last = Math.min(tally.listed, LISTED - 1);
        System.arraycopy(tally.best, at, tally.best, at + 1, last - at);
        tally.best[at] = pair;
        if (tally.listed < LISTED) tally.listed++;
    }

    private static String name(Map<String, Directory.OrganisationInfo> names, String id) {
        Directory.OrganisationInfo info = names.get(id);
        return info == null ? "" : info.name();
    }
}
