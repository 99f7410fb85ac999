package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory;

/**
 * {@code GET /expeditions/examples}, public: the good examples organisations published from their logbooks, newest
 * first. Each shows what was done, what came of it and what was learned, the organisation, the target group and —
 * only when the expedition is published — the expedition's title; never who wrote it.
 */
final class ExamplePages {

    private final PublicExamples examples;
    private final Directory directory;

    ExamplePages(PublicExamples examples, Directory directory) {
        this.examples = examples;
        this.directory = directory;
    }

    void list(Context ctx) {
        int page = nl.plein.api.form.Paging.page(ctx);
        List<PublicExample> found = examples.page(page);
        boolean hasNext = found.size() > PublicExamples.PAGE_SIZE;
        found = found.stream().limit(PublicExamples.PAGE_SIZE).toList();
        // The page's organisations in one lookup. An organisation that is no longer there cannot stand behind its
        // example any more: left out.
        Map<String, Directory.OrganisationInfo> organisations = directory.organisations(
                found.stream().map(PublicExample::organisationId).distinct().toList());
        Map<String, Object> model = new HashMap<>();
        model.put("examples", found.stream().filter(e -> organisations.containsKey(e.organisationId()))
                .map(e -> e.withOrganisationName(organisations.get(e.organisationId()).name())).toList());
        model.put("page", page);
        model.put("hasNext", hasNext);
        ctx.render("expeditions/work/examples", model);
    }
}
