package nl.plein.core.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.Visitor;
import nl.plein.core.account.People;
import nl.plein.core.account.Person;
import nl.plein.core.account.Sessions;
import nl.plein.core.i18n.MessageBundles;

/**
 * Works out who is asking and in which language, before any handler runs. Language: the switch's cookie, else the
 * signed-in person's preference, else the browser's Accept-Language, else Dutch.
 */
public final class VisitorResolver implements Handler {

    public static final String LANGUAGE_COOKIE = "plein_lang";

    private final Sessions sessions;
    private final People people;
    private final RoleRegistry roles;

    public VisitorResolver(Sessions sessions, People people, RoleRegistry roles) {
        this.sessions = sessions;
        this.people = people;
        this.roles = roles;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().equals("/health")) return;
        Optional<Person> person = sessions.personOf(ctx.cookie(Sessions.COOKIE))
                .flatMap(people::byId)
                .filter(p -> !p.blocked());
        Locale locale = languageOf(ctx, person);
        Visitor visitor = person.map(p -> {
            Set<String> roleIds = people.roles(p.id());
            return new Visitor(p.id(), p.displayName(), locale, roleIds, roles.permissionsOf(roleIds));
        }).orElseGet(() -> Visitor.anonymous(locale));
        ctx.attribute(Visitor.ATTRIBUTE, visitor);
    }

    static Locale languageOf(Context ctx, Optional<Person> person) {
        String chosen = ctx.cookie(LANGUAGE_COOKIE);
        if ("en".equals(chosen) || "nl".equals(chosen)) return Locale.forLanguageTag(chosen);
        if (person.isPresent()) return Locale.forLanguageTag(person.get().locale());
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String language = range.getRange().split("-")[0];
                    if (language.equals("nl")) return MessageBundles.DUTCH;
                    if (language.equals("en")) return MessageBundles.ENGLISH;
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header means no preference
            }
        }
        return MessageBundles.DUTCH;
    }
}
