package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.api.form.Paging;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;

/** {@code GET /webinars/library}: recordings to watch back, for everyone, filtered by topic, week and speaker. */
final class LibraryPage {

    private final Library library;

    LibraryPage(Webinars webinars) {
        this.library = new Library(webinars.context().jdbi());
    }

    void show(Context ctx) {
        List<String> topics = library.topics();
        List<Week> weeks = library.weeks();
        List<Library.SpeakerChoice> speakers = library.speakers();
        LibraryFilter filter = LibraryFilter.of(ctx, topics, weeks.stream().map(Week::id).toList(),
                speakers.stream().map(Library.SpeakerChoice::id).toList());
        int page = Paging.page(ctx);
        List<Session> found = library.page(filter, page);
        Map<String, Object> model = new HashMap<>();
        model.put("sessions", found.stream().limit(Library.PAGE_SIZE).toList());
        // Every session in the library belongs to one of these weeks (the same conditions), so no lookup per row.
        model.put("weeksById", weeks.stream().collect(Collectors.toMap(Week::id, Function.identity())));
        model.put("topics", topics);
        model.put("weeks", weeks);
        model.put("speakers", speakers);
        model.put("filter", filter);
        model.put("filterQuery", filter.query());
        model.put("page", page);
        model.put("hasNext", found.size() > Library.PAGE_SIZE);
        ctx.render("webinars/afterwards/library", model);
    }
}
