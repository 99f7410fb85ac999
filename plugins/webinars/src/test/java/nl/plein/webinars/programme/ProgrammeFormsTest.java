package nl.plein.webinars.programme;

import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.SessionInput;
import nl.plein.webinars.WebinarsFixture.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every check of the week, session and speaker forms, over HTTP: 422, the message beside the field that is wrong
 * (in the visitor's language), what was typed still in the form, and nothing stored.
 */
class ProgrammeFormsTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    /** One mistake: the field, what was typed, and (part of) the Dutch message. */
    record Mistake(String field, String typed, String message) {
    }

    @Test
    void theSessionAndWeekFormsRefuseEachMistakeBesideItsFieldAndKeepWhatWasTyped() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String speaker = forms.speaker("Fenna Hoekstra", "Vrijwilligerscentrale Lindeburg", "expert");
        String week = forms.week("Jongeren betrekken", true);
        String path = "/webinars/weeks/" + week + "/sessions";

        List<Mistake> mistakes = List.of(
                new Mistake("title", "", "Vul een titel in."),
                new Mistake("title", "t".repeat(201), "Dit is te lang: hooguit 200 tekens."),
                new Mistake("summary", "s".repeat(5001), "Dit is te lang: hooguit 5.000 tekens."),
                new Mistake("topics", "a, b, c, d, e, f, g, h, i, j, k", "Geef hooguit 10 onderwerpen op."),
                new Mistake("topics", "jongeren, " + "o".repeat(61), "Een onderwerp is hooguit 60 tekens."),
                new Mistake("date", "", "Vul een datum in."),
                new Mistake("date", "16-03-2026", "Vul een geldige datum in, zoals 2026-03-16."),
                new Mistake("date", "2226-03-16", "Vul een datum tussen het jaar 2000 en 2100 in."),
                new Mistake("date", "2026-03-01", "Kies een datum binnen de week van deze sessie."),
                new Mistake("startTime", "", "Vul een tijd in."),
                new Mistake("startTime", "25:00", "Vul een geldige tijd in, zoals 14:00."),
                new Mistake("endTime", "13:59", "De eindtijd moet na de begintijd liggen."),
                new Mistake("endTime", "14:00", "De eindtijd moet na de begintijd liggen."),
                new Mistake("joinUrl", "", "Vul de link naar de online sessie in."),
                new Mistake("joinUrl", "meet.example.nl/sessie", "Vul een webadres in dat begint met https://"),
                new Mistake("joinUrl", "javascript:alert(1)", "Vul een webadres in dat begint met https://"),
                new Mistake("joinUrl", "https://", "Vul een webadres in dat begint met https://"),
                new Mistake("joinUrl", "ftp://meet.example.nl/x", "Vul een webadres in dat begint met https://"),
                new Mistake("joinUrl", "https://meet example.nl", "Vul een webadres in dat begint met https://"),
                new Mistake("joinUrl", "https://meet.example.nl/" + "x".repeat(480), "Dit is te lang: hooguit 500 tekens."),
                new Mistake("capacity", "", "Vul het aantal plaatsen in."),
                new Mistake("capacity", "abc", "Vul een heel getal in, zonder letters of komma, zoals 50."),
                new Mistake("capacity", "2.5", "Vul een heel getal in, zonder letters of komma, zoals 50."),
                new Mistake("capacity", "2,5", "Vul een heel getal in, zonder letters of komma, zoals 50."),
                new Mistake("capacity", "0", "Een sessie heeft minstens 1 plaats."),
                new Mistake("capacity", "-3", "Een sessie heeft minstens 1 plaats."),
                new Mistake("capacity", "100001", "Een sessie heeft hooguit 100.000 plaatsen."),
                new Mistake("capacity", "99999999999999999999999", "Een sessie heeft hooguit 100.000 plaatsen."),
                new Mistake("language", "fr", "Kies de taal van de sessie."),
                new Mistake("status", "cancelled", "Kies een status."),
                new Mistake("status", "", "Kies een status."),
                new Mistake("host", "019cadc6-0000-7000-8000-000000000000", "Kies een host uit de lijst, of geen host."),
                new Mistake("accessibilityNote", "n".repeat(1001), "Dit is te lang: hooguit 1.000 tekens."));
        List<String> wrong = new ArrayList<>();
        for (Mistake mistake : mistakes) {
            SessionInput input = sessionInput("Werven via sociale media", "2026-03-16",
                    "14:00", "15:00", 40, "jongeren").speakers(speaker).with(mistake.field(), mistake.typed());
            Browser.Page page = forms.post(path, input);
            String body = page.body();
            String beside = "id=\"f-" + mistake.field() + "-error\">" + mistake.message();
            String label = mistake.field() + "=" + mistake.typed().substring(0, Math.min(30, mistake.typed().length()));
            if (page.status() != 422) wrong.add(label + ": status " + page.status());
            else if (!body.contains(beside)) wrong.add(label + ": no message beside the field");
            else if (!body.contains("value=\"Werven via sociale media\"") && !mistake.field().equals("title")) {
                wrong.add(label + ": the title typed was lost");
            } else if (!keeps(body, mistake)) wrong.add(label + ": the wrong value typed was lost");
            else if (!body.contains("value=\"" + speaker + "\" checked")) wrong.add(label + ": the chosen speaker was lost");
        }
        assertEquals(List.of(), wrong);

        // A start that has passed (the test clock stands at Monday 2 March 2026, 10:00), in a week around it.
        String now = forms.week("Deze week", true, "2026-03-02", "2026-03-06");
        Browser.Page past = forms.post("/webinars/weeks/" + now + "/sessions", sessionInput("Te laat", "2026-03-02",
                "09:00", "09:30", 40, ""));
        assertEquals(422, past.status());
        assertTrue(past.body().contains("id=\"f-date-error\">Het begin ligt in het verleden."));

        // A speaker that does not exist (any more), and a form without anything in it.
        Browser.Page unknownSpeaker = forms.post(path, sessionInput("Werven", "2026-03-16",
                "14:00", "15:00", 40, "").speakers("019cadc6-0000-7000-8000-000000000000"));
        assertEquals(422, unknownSpeaker.status());
        assertTrue(unknownSpeaker.body().contains("id=\"f-speakers-error\">Een van de gekozen sprekers bestaat niet"));
        Browser.Page empty = organiser.post(path, Map.of());
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Vul een titel in.") && empty.body().contains("Vul het aantal plaatsen in."));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM webinars_sessions"), "nothing was stored");

        // Editing checks the same way; an old session may keep its (past) start, but may not be moved into the past.
        String session = forms.session(week, sessionInput("Werven via sociale media",
                "2026-03-16", "14:00", "15:00", 40, "jongeren"));
        Browser.Page badEdit = forms.post("/webinars/sessions/" + session + "/edit", sessionInput(
                "Werven via sociale media", "2026-03-01", "14:00", "15:00", 40, "").with("capacity", "-3"));
        assertEquals(422, badEdit.status());
        assertTrue(badEdit.body().contains("id=\"f-date-error\">Kies een datum binnen de week van deze sessie."));
        String thisWeeks = forms.session(now, sessionInput("Vandaag", "2026-03-02", "14:00", "15:00", 40, ""));
        Browser.Page intoThePast = forms.post("/webinars/sessions/" + thisWeeks + "/edit", sessionInput(
                "Vandaag", "2026-03-02", "09:00", "09:30", 40, ""));
        assertEquals(422, intoThePast.status());
        assertTrue(intoThePast.body().contains("id=\"f-date-error\">Het begin ligt in het verleden."));
        assertTrue(badEdit.body().contains("id=\"f-capacity-error\">Een sessie heeft minstens 1 plaats."));
        assertTrue(badEdit.body().contains("value=\"-3\""));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE id = ? AND capacity = 40",
                session), "the refused edit changed nothing");

        // The week form.
        Map<String, String> good = Map.of("theme", "Ouderen", "description", "", "startsOn", "2026-04-06",
                "endsOn", "2026-04-10");
        List<Mistake> weekMistakes = List.of(
                new Mistake("theme", "", "Vul het thema van de week in."),
                new Mistake("theme", "w".repeat(201), "Dit is te lang: hooguit 200 tekens."),
                new Mistake("description", "d".repeat(5001), "Dit is te lang: hooguit 5.000 tekens."),
                new Mistake("startsOn", "maandag", "Vul een geldige datum in"),
                new Mistake("endsOn", "", "Vul een datum in."),
                new Mistake("endsOn", "2026-04-05", "De laatste dag kan niet voor de eerste dag liggen."));
        for (Mistake mistake : weekMistakes) {
            Map<String, String> form = new LinkedHashMap<>(good);
            form.put(mistake.field(), mistake.typed());
            for (String target : List.of("/webinars/weeks", "/webinars/weeks/" + week + "/edit")) {
                Browser.Page page = organiser.post(target, form);
                assertEquals(422, page.status(), target + " " + mistake);
                assertTrue(page.body().contains("id=\"f-" + mistake.field() + "-error\">" + mistake.message()),
                        target + " " + mistake);
                assertTrue(keeps(page.body(), mistake), target + " " + mistake);
            }
        }
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM webinars_weeks"), "the two made above, no refused one");
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_weeks WHERE theme = 'Jongeren betrekken'"));
        assertEquals(303, organiser.post("/webinars/weeks", Map.of("theme", "Eén dag", "startsOn", "2026-04-06",
                "endsOn", "2026-04-06")).status(), "a week of one day");

        // In English for someone who reads English.
        Browser olive = fixture.organiser("organiser-en@plein.test", "Olive Organiser", "en");
        Browser.Page inEnglish = fixture.forms(olive).post(path, sessionInput("Recruiting online", "2026-03-16",
                "14:00", "13:00", 40, "").with("capacity", "abc"));
        assertEquals(422, inEnglish.status());
        assertTrue(inEnglish.body().contains(
                "id=\"f-capacity-error\">Enter a whole number, without letters or decimals, such as 50."));
        assertTrue(inEnglish.body().contains("id=\"f-endTime-error\">The end time must be after the start time."));
        assertTrue(inEnglish.body().contains("value=\"Recruiting online\""));
        assertTrue(inEnglish.body().contains("value=\"abc\""));
    }

    @Test
    void theSpeakerFormChecksItsFieldsAndAcceptsOnlyASmallImageAsPhoto() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        Map<String, String> good = Map.of("name", "Fenna Hoekstra", "organisation", "Vrijwilligerscentrale Lindeburg",
                "bio", "Werkt met *jongeren*.", "kind", "expert");
        List<Mistake> mistakes = List.of(
                new Mistake("name", "", "Vul de naam van de spreker in."),
                new Mistake("name", "n".repeat(121), "Dit is te lang: hooguit 120 tekens."),
                new Mistake("organisation", "o".repeat(161), "Dit is te lang: hooguit 160 tekens."),
                new Mistake("bio", "b".repeat(3001), "Dit is te lang: hooguit 3.000 tekens."),
                new Mistake("kind", "", "Kies of de spreker expert of ervaringsdeskundige is."),
                new Mistake("kind", "keynote", "Kies of de spreker expert of ervaringsdeskundige is."));
        for (Mistake mistake : mistakes) {
            Map<String, String> form = new LinkedHashMap<>(good);
            form.put(mistake.field(), mistake.typed());
            Browser.Page page = fixture.postMultipart(organiser, "/webinars/speakers", form, "photo", null);
            assertEquals(422, page.status(), mistake.toString());
            assertTrue(page.body().contains("id=\"f-" + mistake.field() + "-error\">" + mistake.message()), mistake.toString());
            if (!mistake.field().equals("name")) assertTrue(page.body().contains("value=\"Fenna Hoekstra\""));
        }

        // The photo: a PNG or JPEG of at most 2 MB, decided from its bytes; a refused one keeps the rest as typed.
        Browser.Page text = fixture.postMultipart(organiser, "/webinars/speakers", good, "photo",
                Upload.text("foto.png", "Dit is geen foto"));
        assertEquals(422, text.status());
        assertTrue(text.body().contains("id=\"f-photo-error\">Dit soort bestand kan hier niet worden toegevoegd."));
        assertTrue(text.body().contains("value=\"Vrijwilligerscentrale Lindeburg\""));
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(WebinarsFixture.png(), 0, large, 0, WebinarsFixture.png().length);
        Browser.Page tooLarge = fixture.postMultipart(organiser, "/webinars/speakers", good, "photo",
                new Upload("groot.png", large));
        assertEquals(422, tooLarge.status());
        assertTrue(tooLarge.body().contains("id=\"f-photo-error\">Dit bestand is te groot."));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM webinars_speakers"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_uploads"), "nothing refused is kept");

        Browser.Page created = fixture.postMultipart(organiser, "/webinars/speakers", good, "photo",
                Upload.png("fenna.png"));
        assertEquals(303, created.status(), created.body());
        String speaker = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM webinars_speakers")
                .mapTo(String.class).one());
        assertTrue(organiser.get("/webinars/speakers?saved=1").body().contains("Fenna Hoekstra"));

        // Not announced yet: only organisers see the photo until the speaker is on a published programme.
        assertEquals(404, plein.browser().get("/webinars/speakers/" + speaker + "/photo").status());
        assertEquals(200, organiser.get("/webinars/speakers/" + speaker + "/photo").status());
        String week = forms.week("Jongeren betrekken", true);
        String session = forms.session(week, sessionInput("Werven via sociale media",
                "2026-03-16", "14:00", "15:00", 40, "").speakers(speaker));
        // Then public, as the speaker's name is: on the session page with the name as alternative text.
        Browser.Page photo = plein.browser().get("/webinars/speakers/" + speaker + "/photo");
        assertEquals(200, photo.status());
        assertEquals("image/png", photo.header("Content-Type"));
        assertTrue(plein.browser().get("/webinars/sessions/" + session).body()
                .contains("<img src=\"/webinars/speakers/" + speaker + "/photo\" alt=\"Fenna Hoekstra\""));
        assertTrue(plein.browser().get("/webinars/sessions/" + session).body().contains("<em>jongeren</em>"),
                "the bio as Markdown");

        // Edit: the text changes, the photo stays; then it is removed, bytes and all.
        String edit = organiser.get("/webinars/speakers/" + speaker + "/edit").body();
        assertTrue(edit.contains("enctype=\"multipart/form-data\"") && edit.contains("name=\"_csrf\""));
        Map<String, String> lived = new LinkedHashMap<>(good);
        lived.put("kind", "lived-experience");
        assertEquals(303, fixture.postMultipart(organiser, "/webinars/speakers/" + speaker + "/edit", lived, "photo", null)
                .status());
        assertEquals(200, plein.browser().get("/webinars/speakers/" + speaker + "/photo").status());
        assertTrue(plein.browser().get("/webinars/sessions/" + session).body().contains("Ervaringsdeskundige"));
        lived.put("removePhoto", "yes");
        assertEquals(303, fixture.postMultipart(organiser, "/webinars/speakers/" + speaker + "/edit", lived, "photo", null)
                .status());
        assertNull(plein.jdbi().withHandle(h -> h.createQuery("SELECT photo_upload_id FROM webinars_speakers")
                .mapTo(String.class).one()));
        assertEquals(404, plein.browser().get("/webinars/speakers/" + speaker + "/photo").status());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_uploads"));
        assertFalse(plein.browser().get("/webinars/sessions/" + session).body().contains(speaker + "/photo"));
    }

    /** The page still holds what was typed (escaped as HTML; a long text is kept as typed, cut at 5,001). */
    private static boolean keeps(String body, Mistake mistake) {
        String typed = mistake.typed().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
        if (typed.isEmpty()) return body.contains("name=\"" + mistake.field() + "\"");
        if (List.of("language", "status", "host").contains(mistake.field())) {
            return body.contains("name=\"" + mistake.field() + "\""); // a choice: the valid options are offered again
        }
        return body.contains(typed.length() > 5001 ? typed.substring(0, 5001) : typed);
    }
}
