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
import nl.plein.api.Directory;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Messages;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.goodbusy.integration.OpenRequests.OpenRequest;

/**
 * Finds open requests by title, description or the name of the organisation that asks — for anyone, as the list of
 * requests is public. Paused and closed requests never appear, nor do requests whose dates have passed; offers are
 * left out altogether (only signed-in people may see them, on their own page).
 *
 * <p>Organisation names live in core, so they are matched here: the organisations that have an open request are
 * looked up in one call, and those whose name holds the text join the SQL condition. Three statements per search.
 */
final class RequestSearch implements SearchProvider {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int SNIPPET_TEXT = 160;

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
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, OrganisationInfo> organisations = directory.organisations(
                openRequests.organisationsWithOpenRequests(today));
        List<String> named = organisations.values().stream()
                .filter(o -> o.name() != null && o.name().toLowerCase(Locale.ROOT).contains(lower))
                .map(OrganisationInfo::id).toList();
        Locale locale = query.visitor().locale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<SearchHit> hits = new ArrayList<>();
        for (OpenRequest r : openRequests.search(text, named, today, query.limit())) {
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
