package nl.plein.expeditions.leader;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Mail;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.ExpeditionForm;

/**
 * The leader directory ({@code /expeditions/leaders}, by province), a leader's own profile
 * ({@code /expeditions/leaders/me}) and an organisation asking a leader to join a coming expedition
 * ({@code POST /expeditions/leaders/{person}/ask}, sent to the leader by mail).
 */
public final class LeaderPages {

    private final LeaderRepository leaders;
    private final Directory directory;
    private final Mail mail;
    private final Clock clock;
    private final java.net.URI baseUrl;

    public LeaderPages(LeaderRepository leaders, Directory directory, Mail mail, Clock clock, java.net.URI baseUrl) {
        this.baseUrl = baseUrl;
        this.leaders = leaders;
        this.directory = directory;
        this.mail = mail;
        this.clock = clock;
    }

    public void directory(Context ctx) {
        String asked = ctx.queryParam("province");
        String province = asked != null && ExpeditionForm.PROVINCES.contains(asked) ? asked : "";
        int page = nl.plein.api.form.Paging.page(ctx);
        List<LeaderProfile> found = leaders.directory(province, page);
        Map<String, Object> model = new HashMap<>();
        model.put("leaders", found.stream().limit(LeaderRepository.PAGE_SIZE).toList());
        model.put("province", province);
        model.put("provinces", ExpeditionForm.PROVINCES);
        model.put("page", page);
        model.put("hasNext", found.size() > LeaderRepository.PAGE_SIZE);
        model.put("asked", "1".equals(ctx.queryParam("asked")));
        model.put("errors", Map.of());
        model.put("form", Map.of());
        model.put("askedLeader", "");
        model.put("organisations", Visitor.of(ctx).signedIn()
                ? directory.organisationsOf(Visitor.of(ctx).personId()) : List.of());
        ctx.render("expeditions/leaders", model);
    }

    public void profileForm(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> form = leaders.find(visitor.personId()).map(LeaderPages::formOf).orElseGet(() -> {
            Map<String, String> empty = new LinkedHashMap<>();
            for (String field : new String[] {"region", "province", "trainedSince", "bio", "listed"}) empty.put(field, "");
            empty.put("listed", "yes");
            return empty;
        });
        renderProfile(ctx, HttpStatus.OK, form, new FieldErrors(), false);
    }

    public void saveProfile(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : new String[] {"region", "province", "trainedSince", "bio", "listed"}) {
            String value = ctx.formParam(field);
            value = value == null ? "" : value.strip();
            form.put(field, value.length() > 2001 ? value.substring(0, 2001) : value);
        }
        FieldErrors errors = new FieldErrors();
        if (form.get("region").isEmpty()) errors.add("region", "expeditions.error.region-required");
        else if (form.get("region").length() > 100) errors.add("region", "expeditions.error.too-long");
        if (!ExpeditionForm.PROVINCES.contains(form.get("province"))) errors.add("province", "expeditions.error.province");
        LocalDate trained = null;
        if (!form.get("trainedSince").isEmpty()) {
            try {
                trained = LocalDate.parse(form.get("trainedSince"));
                if (trained.getYear() < 2000 || trained.isAfter(LocalDate.now(clock))) {
                    errors.add("trainedSince", "expeditions.error.trained-since");
                }
            } catch (DateTimeParseException e) {
                errors.add("trainedSince", "expeditions.error.date-format");
            }
        }
        if (form.get("bio").length() > 2000) errors.add("bio", "expeditions.error.too-long");
        if (!errors.isEmpty()) {
            renderProfile(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, errors, false);
            return;
        }
        leaders.save(new LeaderProfile(visitor.personId(), visitor.displayName(), form.get("region"),
                form.get("province"), trained, form.get("bio").isEmpty() ? null : form.get("bio"),
                "yes".equals(form.get("listed"))));
        renderProfile(ctx, HttpStatus.OK, form, errors, true);
    }

    /** The leader gets the question by mail with the asker's name and address, so they can answer directly. */
    public void ask(Context ctx) {
        LeaderProfile leader = leaders.find(ctx.pathParam("person")).filter(LeaderProfile::listed)
                .orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        String message = ctx.formParam("message") == null ? "" : ctx.formParam("message").strip();
        String organisationId = ctx.formParam("organisation") == null ? "" : ctx.formParam("organisation");
        FieldErrors errors = new FieldErrors();
        if (message.isEmpty()) errors.add("message", "expeditions.error.message-required");
        else if (message.length() > 2000) errors.add("message", "expeditions.error.too-long");
        var organisation = directory.organisationsOf(visitor.personId()).stream()
                .filter(o -> o.id().equals(organisationId)).findFirst();
        if (organisation.isEmpty()) errors.add("organisation", "expeditions.error.organisation");
        if (!errors.isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            model.put("leaders", List.of(leader));
            model.put("province", "");
            model.put("provinces", ExpeditionForm.PROVINCES);
            model.put("page", 1);
            model.put("hasNext", false);
            model.put("asked", false);
            model.put("errors", errors.asMap());
            model.put("form", Map.of("message", message.length() > 2000 ? message.substring(0, 2000) : message));
            model.put("askedLeader", leader.personId());
            model.put("organisations", directory.organisationsOf(visitor.personId()));
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).render("expeditions/leaders", model);
            return;
        }
        mail.toPerson(leader.personId(), "expeditions.mail.ask.subject", "expeditions/mail/ask",
                Map.of("asker", visitor.displayName(), "organisation", organisation.get().name(), "message", message,
                        "organisationUrl", baseUrl + "/organisations/" + organisation.get().id()),
                "ask-" + visitor.personId() + "-" + leader.personId() + "-" + clock.millis() / 3_600_000);
        ctx.redirect("/expeditions/leaders?asked=1", HttpStatus.SEE_OTHER);
    }

    private void renderProfile(Context ctx, HttpStatus status, Map<String, String> form, FieldErrors errors, boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("saved", saved);
        model.put("provinces", ExpeditionForm.PROVINCES);
        ctx.status(status).render("expeditions/leader-profile", model);
    }

    private static Map<String, String> formOf(LeaderProfile p) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("region", p.region());
        form.put("province", p.province());
        form.put("trainedSince", p.trainedSince() == null ? "" : p.trainedSince().toString());
        form.put("bio", p.bio() == null ? "" : p.bio());
        form.put("listed", p.listed() ? "yes" : "");
        return form;
    }

}
