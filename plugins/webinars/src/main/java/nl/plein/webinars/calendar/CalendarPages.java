package nl.plein.webinars.calendar;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;

/**
 * A session as a calendar file ({@code GET /webinars/sessions/{session}/calendar.ics}), the page with a person's
 * feed address ({@code GET /webinars/calendar}; the first address with {@code POST /webinars/calendar/create}, a new
 * one with {@code POST /webinars/calendar/reset}) and the feed itself ({@code GET /webinars/feed/{token}.ics}), which
 * calendar apps fetch without signing in.
 *
 * <p>The page only shows: a person without an address gets a button to make one (a POST, so no link preview,
 * prefetch or crawler makes addresses nobody asked for). Only a hash of the feed's token is stored, so the page can
 * show the address only while the token is at hand: the browser that made it keeps it in a cookie of its own
 * (HttpOnly, sent only to this page). Elsewhere the page explains that and offers a new address.
 */
final class CalendarPages {

    static final String COOKIE = "webinars_feed";
    private static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final int COOKIE_SECONDS = 60 * 60 * 24 * 400;   // about as long as browsers keep any cookie

    private final Webinars webinars;
    private final SessionCalendar calendar;
    private final FeedTokens tokens;
    private final FeedSessions feeds;

    CalendarPages(Webinars webinars, SessionCalendar calendar, FeedTokens tokens, FeedSessions feeds) {
        this.webinars = webinars;
        this.calendar = calendar;
        this.tokens = tokens;
        this.feeds = feeds;
    }

    /** Anyone may put a session of a published week in their calendar; a draft week's sessions do not exist. */
    void sessionFile(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Session session = webinars.programme().session(ctx.pathParam("session")).orElseThrow(NotFoundResponse::new);
        boolean visible = webinars.programme().week(session.weekId())
                .filter(week -> webinars.access().maySee(visitor, week)).isPresent();
        if (!visible) throw new NotFoundResponse();
        byte[] file = calendar.write(List.of(new SessionCalendar.Entry(session, SessionCalendar.Place.ANYONE)),
                visitor.locale());
        ctx.header("Content-Disposition", "attachment; filename=\"" + FileNames.ics(session.title()) + "\"");
        ctx.contentType(CONTENT_TYPE).result(file);
    }

    void feedPage(Context ctx) {
        String personId = Visitor.of(ctx).personId();
        boolean exists = tokens.exists(personId);
        String kept = exists ? ctx.cookie(COOKIE) : null;
        String token = kept != null && tokens.isCurrent(personId, kept) ? kept : null;
        Map<String, Object> model = new HashMap<>();
        if (token != null) {
            String url = webinars.context().baseUrl() + "/webinars/feed/" + token + ".ics";
            model.put("feedUrl", url);
            model.put("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
        }
        model.put("exists", exists);
        // The notices say what the POST before did, and only while the address it made is the one shown.
        model.put("created", token != null && "1".equals(ctx.queryParam("created")));
        model.put("renewed", token != null && "1".equals(ctx.queryParam("reset")));
        ctx.header("Cache-Control", "no-store");   // the page may hold the secret address
        ctx.render("webinars/calendar/feed", model);
    }

    /**
     * Makes the person's first address and shows it. If they have one already (a second tab, a double click) nothing
     * changes: the address they may have subscribed to keeps working, and the page says how to get a new one.
     */
    void create(Context ctx) {
        var token = tokens.createIfNone(Visitor.of(ctx).personId());
        token.ifPresent(made -> remember(ctx, made));
        ctx.redirect(token.isPresent() ? "/webinars/calendar?created=1" : "/webinars/calendar", HttpStatus.SEE_OTHER);
    }

    void reset(Context ctx) {
        remember(ctx, tokens.renew(Visitor.of(ctx).personId()));
        ctx.redirect("/webinars/calendar?reset=1", HttpStatus.SEE_OTHER);
    }

    /** The feed: a wrong, malformed or replaced token is simply not found, as if the address never existed. */
    void feed(Context ctx) {
        String token = ctx.pathParam("token");
        if (token.endsWith(".ics")) token = token.substring(0, token.length() - ".ics".length());
        String personId = tokens.personOf(token).orElseThrow(NotFoundResponse::new);
        Locale locale = webinars.context().directory().person(personId).map(Directory.PersonInfo::locale)
                .map(Locale::forLanguageTag).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE).result(calendar.writeFeed(feeds.of(personId), locale));
    }

    private void remember(Context ctx, String token) {
        boolean secure = "https".equalsIgnoreCase(webinars.context().baseUrl().getScheme());
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/webinars/calendar; Max-Age="
                + COOKIE_SECONDS + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
