package nl.plein.goodbusy.impact;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;

/**
 * The company Rekenhuis (coordinator Cora, employees Ann and Bob) that helped Buurthuis De Linde (Utrecht, coordinator
 * Olga) and Voedselbank Oost (Gelderland, coordinator Vera); the company Tegelhuis (coordinator Tom, employee Tim)
 * helped De Linde too. The test clock stands on 2 March 2026.
 *
 * <p>Rekenhuis' hours, by hand: in 2026 approved Ann 15 Jan 120 min (De Linde), Ann 3 Feb 90, Bob 3 Feb 240 (De
 * Linde), Bob 1 Mar 150 (Voedselbank) = 600 min, 10 hours: January 2, February 5.5, March 2.5; De Linde 7.5 hours
 * (cause elderly), Voedselbank 2.5 (poverty); two participants. Not counted: Bob 4 Feb 60 pending, Ann 20 Jan 600
 * declined, Tim's 300 for Tegelhuis. In 2025: Ann 20 Dec 180 approved (3 hours). Matches: one done (agreement
 * January–February 2026), one agreed (March 2026).
 */
final class ImpactWorld {

    final GoodBusyFixture fixture;
    final DealRows rows;
    final String cora;
    final String ann;
    final String bob;
    final String tom;
    final String tim;
    final String olga;
    final String vera;
    final String rekenhuis;
    final String tegelhuis;
    final String linde;
    final String voedselbank;
    final HelpRequest lindeRequest;
    final HelpRequest parcels;
    final String doneMatch;
    final String agreedMatch;
    final String tegelMatch;

    ImpactWorld(PleinExtension plein) {
        fixture = new GoodBusyFixture(plein);
        rows = new DealRows(plein);
        cora = fixture.person("cora@rekenhuis.test", "Cora Coördinator");
        ann = fixture.person("ann@rekenhuis.test", "Ann Aanpakker");
        bob = fixture.person("bob@rekenhuis.test", "Bob Bouwer");
        tom = fixture.person("tom@tegelhuis.test", "Tom Tegelzetter");
        tim = fixture.person("tim@tegelhuis.test", "Tim Timmerman");
        olga = fixture.person("olga@linde.test", "Olga Ontvanger");
        vera = fixture.person("vera@voedselbank.test", "Vera Voorraad");
        rekenhuis = fixture.company("Rekenhuis", cora);
        fixture.join(rekenhuis, ann, "member");
        fixture.join(rekenhuis, bob, "member");
        tegelhuis = fixture.company("Tegelhuis", tom);
        fixture.join(tegelhuis, tim, "member");
        linde = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", olga);
        voedselbank = fixture.socialOrganisation("Voedselbank Oost", "Arnhem", "Gelderland", vera);
        fixture.profiles().saveCompany(rekenhuis, "finance", "50-249", List.of("Utrecht", "Gelderland"),
                List.of("elderly", "poverty"), List.of("finance"), List.of("service-day"), 800, "Accountants.");

        lindeRequest = fixture.request(linde, GoodBusyFixture.requestDraft("Tuindag"));
        parcels = fixture.request(voedselbank, draft("=SUM(1+1) pakketten", "poverty", "Arnhem", "Gelderland"));
        Offer teamDay = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Teamdag"));
        Offer monthly = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Maanddienst"));
        Offer tegel = fixture.offer(tegelhuis, GoodBusyFixture.offerDraft("Tegelteam"));

        doneMatch = rows.match(lindeRequest, teamDay, MatchStatus.DONE);
        rows.agreement(doneMatch, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 28));
        agreedMatch = rows.match(parcels, monthly, MatchStatus.AGREED);
        rows.agreement(agreedMatch, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20));
        tegelMatch = rows.match(lindeRequest, tegel, MatchStatus.DONE);
        rows.agreement(tegelMatch, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20));

        rows.hours(doneMatch, ann, LocalDate.of(2026, 1, 15), 120, "approved");
        rows.hours(doneMatch, ann, LocalDate.of(2026, 2, 3), 90, "approved");
        rows.hours(doneMatch, bob, LocalDate.of(2026, 2, 3), 240, "approved");
        rows.hours(doneMatch, bob, LocalDate.of(2026, 2, 4), 60, "pending");
        rows.hours(doneMatch, ann, LocalDate.of(2026, 1, 20), 600, "declined");
        rows.hours(doneMatch, ann, LocalDate.of(2025, 12, 20), 180, "approved");
        rows.hours(agreedMatch, bob, LocalDate.of(2026, 3, 1), 150, "approved");
        rows.hours(tegelMatch, tim, LocalDate.of(2026, 1, 15), 300, "approved");
    }

    static RequestDraft draft(String title, String cause, String municipality, String province) {
        RequestDraft d = GoodBusyFixture.requestDraft(title);
        return new RequestDraft(d.title(), d.description(), d.form(), cause, d.skills(), d.minGroup(), d.maxGroup(),
                d.dateKind(), d.startsOn(), d.endsOn(), d.recurrence(), d.remote(), municipality, province,
                d.vogRequired(), d.accessibility());
    }

    String impactPath() {
        return "/goodbusy/companies/" + rekenhuis + "/impact";
    }

    /** The page with the whitespace between tags taken out, so assertions can read it as one line. */
    static String squash(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ");
    }

    /** The bytes of a download (a Browser reads text), with the browser's sign-in. */
    static HttpResponse<byte[]> download(PleinExtension plein, Browser browser, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                    .header("Cookie", "plein_session=" + browser.cookie("plein_session").orElseThrow()).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
