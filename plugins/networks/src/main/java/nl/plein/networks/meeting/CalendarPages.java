package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.networks.Networks;

/**
 * A meeting as a calendar file ({@code GET /networks/spaces/{space}/meetings/{meeting}/calendar.ics}), the page with
 * a person's feed address ({@code GET /networks/calendar}; {@code POST /networks/calendar} makes the first address,
 * or with {@code action=reset} a new one) and the feed itself ({@code GET /networks/feed/{token}.ics}), which
 * calendar apps fetch without signing in.
 *
 * <p>Only a hash of the feed's token is stored, so the page can show the address only while the token is at hand:
 * the browser that made it keeps it in a cookie of its own (HttpOnly, sent only to this page). Elsewhere the page
 * explains that and offers a new address. A GET makes nothing: no link preview or crawler makes addresses.
 */
final class CalendarPages {

    static final String COOKIE = "networks_feed";
    private static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final int COOKIE_SECONDS = 60 * 60 * 24 * 400;   // about as long as browsers keep any cookie

    private final Networks networks;
    private final MeetingAccess access;
    private final MeetingCalendar calendar;
    private final FeedTokens tokens;
    private final FeedMeetings feeds;

    CalendarPages(Networks networks, MeetingAccess access, MeetingCalendar calendar, FeedTokens tokens,
                  FeedMeetings feeds) {
        this.networks = networks;
        this.access = access;
        this.calendar = calendar;
        this.tokens = tokens;
        this.feeds = feeds;
    }

    /** Whoever may read the meeting may put it in their calendar. */
    void meetingFile(Context ctx) {
        MeetingAccess.Visit visit = access.readable(ctx);
        byte[] file = calendar.write(new MeetingCalendar.Entry(visit.meeting(), visit.standing().space().name()),
                Visitor.of(ctx).locale());
        ctx.header("Content-Disposition", "attachment; filename=\"" + FileNames.ics(visit.meeting().title()) + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(CONTENT_TYPE).result(file);
    }

    void feedPage(Context ctx) {
        String personId = Visitor.of(ctx).personId();
        boolean exists = tokens.exists(personId);
        String kept = exists ? ctx.cookie(COOKIE) : null;
        String token = kept != null && tokens.isCurrent(personId, kept) ? kept : null;
        Map<String, Object> model = new HashMap<>();
        if (token != null) {
            String url = networks.context().baseUrl() + "/networks/feed/" + token + ".ics";
            model.put("feedUrl", url);
            model.put("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
        }
        model.put("exists", exists);
        model.put("spaces", feeds.spacesOf(personId));
        // The notices say what the POST before did, and only while the address it made is the one shown.
        model.put("created", token != null && "1".equals(ctx.queryParam("created")));
        model.put("renewed", token != null && "1".equals(ctx.queryParam("reset")));
        ctx.header("Cache-Control", "no-store");   // the page may hold the secret address
        ctx.render("networks/meeting/calendar", model);
    }

    /**
     * Makes the person's first address, or with {@code action=reset} a new one in place of the old. Making one when
     * there is one already (a second tab, a double click) changes nothing: the address in use keeps working.
     */
    void feedPost(Context ctx) {
        String personId = Visitor.of(ctx).personId();
        if ("reset".equals(ctx.formParam("action"))) {
            remember(ctx, tokens.renew(personId));
            ctx.redirect("/networks/calendar?reset=1", HttpStatus.SEE_OTHER);
            return;
        }
        var token = tokens.createIfNone(personId);
        token.ifPresent(made -> remember(ctx, made));
        ctx.redirect(token.isPresent() ? "/networks/calendar?created=1" : "/networks/calendar", HttpStatus.SEE_OTHER);
    }

    /** The feed: a wrong, malformed or replaced token is simply not found, as if the address never existed. */
    void feed(Context ctx) {
        String token = ctx.pathParam("token");
        if (token.endsWith(".ics")) token = token.substring(0, token.length() - ".ics".length());
        String personId = tokens.personOf(token).orElseThrow(NotFoundResponse::new);
        Locale locale = networks.context().directory().person(personId).map(Directory.PersonInfo::locale)
                .map(Locale::forLanguageTag).orElseThrow(NotFoundResponse::new);
        List<MeetingCalendar.Entry> entries = feeds.of(personId);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE).result(calendar.writeFeed(entries, locale));
    }

    private void remember(Context ctx, String token) {
        boolean secure = "https".equalsIgnoreCase(networks.context().baseUrl().getScheme());
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/networks/calendar; Max-Age="
                + COOKIE_SECONDS + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
