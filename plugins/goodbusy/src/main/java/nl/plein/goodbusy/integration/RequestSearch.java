package nl.plein.goodbusy.integration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import nl.plein.api.Directory;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Messages;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.goodbusy.integration.OpenRequests.OpenRequest;

/**
 * Finds open requests by title or description — for anyone, as the list of requests is public. Paused and closed
 * requests never appear, nor do requests whose dates have passed; offers are left out altogether (only signed-in
 * people may see them, on their own page).
 *
 * <p>Requests are not found by the name of the organisation that asks. Names live in core, and neither
 * {@code Directory} nor the platform search can look organisations up by name; matching names here meant fetching
 * every organisation with an open request on every (anonymous) query. When core offers a search on organisation
 * names, its ids can join the condition again. Two bounded statements per search: the requests, then the names of
 * the few that were hit.
 */
final class RequestSearch implements SearchProvider {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int SNIPPET_TEXT = 160;
    /** Core asks for a small page of hits; a bound of our own keeps the statement small whatever it asks. */
    private static final int MAX_HITS = 50;

    private final OpenRequests openRequests;
    private final Directory directory;
    private final Messages messages;
    private final java.time.Clock clock;

    RequestSearch(OpenRequests openRequests, Directory directory, Messages messages, java.time.Clock clock) {
        this.openRequests = openRequests;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) return List.of();
        int limit = Math.max(0, Math.min(query.limit(), MAX_HITS));
        if (limit == 0) return List.of();
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        List<OpenRequest> found = openRequests.search(text, today, limit);
        if (found.isEmpty()) return List.of();
        Map<String, OrganisationInfo> organisations = directory.organisations(
                found.stream().map(OpenRequest::organisationId).collect(Collectors.toSet()));
        Locale locale = query.visitor().locale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<SearchHit> hits = new ArrayList<>();
        for (OpenRequest r : found) {
            StringJoiner facts = new StringJoiner(" · ");
            OrganisationInfo organisation = organisations.get(r.organisationId());
            if (organisation != null) facts.add(organisation.name());
            facts.add(r.remote() ? messages.get(locale, "goodbusy.integration.remote") : r.municipality());
            facts.add(messages.get(locale, "goodbusy.cause." + r.cause()));
            facts.add(r.startsOn().equals(r.endsOn()) ? date.format(r.startsOn())
                    : date.format(r.startsOn()) + " – " + date.format(r.endsOn()));
            hits.add(new SearchHit(r.title(), snippet(facts.toString(), r.description()),
                    "/goodbusy/requests/" + r.id()));
        }
        return hits;
    }

    private static String snippet(String facts, String text) {
        String plain = plain(text, SNIPPET_TEXT);
        return plain.isEmpty() ? facts : facts + " — " + plain;
    }

    /** Markdown as a short plain text on one line: link targets and emphasis marks left out, cut at a word. */
    static String plain(String markdown, int max) {
        if (markdown == null) return "";
        String text = markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*_`#>]+", "")
                .replaceAll("\\s+", " ").strip();
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
