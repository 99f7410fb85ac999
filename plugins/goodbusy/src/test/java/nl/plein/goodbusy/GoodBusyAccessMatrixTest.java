package nl.plein.goodbusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.plein.api.Role;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.profile.FormPost;
import nl.plein.goodbusy.request.HelpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The role matrix of Good Busy: every route of the plugin, asked by each kind of visitor, in one world.
 *
 * <p>The visitors (columns, left to right): an anonymous visitor; a signed-in member of no organisation; an employee
 * of the company (a member of it, not an administrator); the company's coordinator; another company's coordinator;
 * the social organisation's coordinator; another social organisation's coordinator; a broker (role
 * {@code goodbusy.broker}) whose own organisation lies in the request's province (Utrecht); a broker whose
 * organisation lies elsewhere (Zeeland); a community manager (role {@code goodbusy.community-manager}); and a
 * platform administrator, who holds every permission and so oversees like a community manager, but coordinates
 * nothing. The brokers are members, not administrators, of their volunteer centres, so they coordinate nothing
 * either.
 *
 * <p>The world: Bouwbedrijf Stevig (a company, with a profile) and Buurthuis De Linde (a social organisation in
 * Utrecht, with a profile); the organisation's open request R and paused request RP; the company's open offers O and
 * O2 and its closed offer OC; match M (R × O), proposed by the organisation and taken to agreed, with a shift that
 * the employee signed up for and hours of the employee waiting for approval; match M2 (R × O2), proposed by the
 * company and not answered yet. The profiles, the pause and the close, and all of M and M2 are made through the real
 * forms, so the set-up is also the happy path of those routes.
 *
 * <p>What the answers mean: 200 the page; 303 done (a form that worked) or, for an anonymous GET of a page for
 * signed-in people, "sign in first" (core sends it to {@code /login?next=…}); 403 not for you (also core's answer to
 * every anonymous POST); 404 does not exist, or not for you (a paused request or a closed offer to someone who may
 * not see it, an unknown id, a company's page asked with a social organisation's id); 409 and 422 allowed, but
 * refused: 422 is a form with mistakes (posts send an empty form unless a row says otherwise, so whoever may post
 * gets the form's errors and nothing changes), 409 is the wrong moment (a match past that step, a closed offer, a
 * proposal that exists already). A visitor refused by role gets 403 before any question of what they may see; one
 * who passes the role check but may not see the object gets 404, and a refusal never names what they may not see.
 *
 * <p>Rows are asked in the order written, each by every visitor from left to right, so the few rows that change
 * something come where nothing later depends on it. Rows where the code disagrees with these rules say so with
 * {@code defect(…)}; the rule stays the expectation. The test fails with one table of every answer that differs, and
 * when a route the plugin declares has no row.
 */
@OnBothDatabases
class GoodBusyAccessMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final String MEMBER = "member";
    static final String EMPLOYEE = "employee";
    static final String COMPANY = "company";
    static final String OTHER_COMPANY = "other-company";
    static final String ORGANISATION = "organisation";
    static final String OTHER_ORGANISATION = "other-org";
    static final String BROKER = "broker";
    static final String BROKER_ELSEWHERE = "broker-elsewhere";
    static final String MANAGER = "manager";
    static final String ADMIN = "admin";
    static final List<String> WHO = List.of(ANONYMOUS, MEMBER, EMPLOYEE, COMPANY, OTHER_COMPANY, ORGANISATION,
            OTHER_ORGANISATION, BROKER, BROKER_ELSEWHERE, MANAGER, ADMIN);
    static final String[] SIGNED_IN = WHO.subList(1, WHO.size()).toArray(String[]::new);

    static final String UNKNOWN = "0190b8e4-0000-7000-8000-000000000000";
    static final String SECRET_MESSAGE = "Geheim overleg over de sleutel van de schuur";
    static final String BUDGET = "Urenbudget per jaar";
    static final String REQUEST_FORM = "action=\"/goodbusy/requests\"";
    static final String OFFER_FORM = "action=\"/goodbusy/offers\"";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    GoodBusyFixture fixture = new GoodBusyFixture(plein);

    @Test
    void everyRouteAnswersEachKindOfVisitorAsTheRulesSay() {
        // ---- The people. The clock says Monday 2 March 2026, 10:00 in Amsterdam.
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put(ANONYMOUS, fixture.anonymous());
        fixture.person("lotte@plein.test", "Lotte Lid");
        who.put(MEMBER, fixture.signedIn("lotte@plein.test"));
        String bram = fixture.person("bram@stevig.test", "Bram Bouwer");
        String company = fixture.company("Bouwbedrijf Stevig", bram);
        fixture.join(company, fixture.person("eva@stevig.test", "Eva Timmer"), "member");
        who.put(EMPLOYEE, fixture.signedIn("eva@stevig.test"));
        who.put(COMPANY, fixture.signedIn("bram@stevig.test"));
        String otherCompany = fixture.company("Tegelhuis", fixture.person("otto@tegelhuis.test", "Otto Tegel"));
        who.put(OTHER_COMPANY, fixture.signedIn("otto@tegelhuis.test"));
        String ilse = fixture.person("ilse@linde.test", "Ilse Tuinman");
        String organisation = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", ilse);
        who.put(ORGANISATION, fixture.signedIn("ilse@linde.test"));
        fixture.socialOrganisation("Voedselbank Oost", "Arnhem", "Gelderland",
                fixture.person("vera@voedselbank.test", "Vera Voedsel"));
        who.put(OTHER_ORGANISATION, fixture.signedIn("vera@voedselbank.test"));
        String centres = fixture.person("beheer@centrale.test", "Cees Centrale");
        who.put(BROKER, broker("bea@centrale.test", "Bea Makelaar", centre("Utrecht", "Utrecht", centres)));
        who.put(BROKER_ELSEWHERE, broker("zeger@centrale.test", "Zeger Makelaar",
                centre("Middelburg", "Zeeland", centres)));
        who.put(MANAGER, fixture.withRole("mees@plein.test", "Mees Manager", GoodBusyFixture.MANAGER_ROLE));
        who.put(ADMIN, fixture.withRole("ada@plein.test", "Ada Beheer", Role.ADMINISTRATOR));
        Browser bramBrowser = who.get(COMPANY);
        Browser ilseBrowser = who.get(ORGANISATION);

        // ---- The world, through the real forms where a person makes it.
        done(FormPost.of(Map.of("sector", "construction", "sizeBand", "50-249", "hoursBudget", "1200",
                        "description", "Wij bouwen graag mee."))
                .set("provinces", "Utrecht", "Gelderland").set("causes", "elderly").set("skills", "hands-on", "cooking")
                .set("forms", "service-day").post(plein, bramBrowser, "/goodbusy/companies/" + company + "/profile"),
                "the company's profile");
        done(FormPost.of(Map.of("mission", "Samen koken in de wijk.", "targetGroups", "ouderen", "province", "Utrecht",
                        "municipality", "Utrecht", "supervisionCapacity", "8"))
                .post(plein, ilseBrowser, "/goodbusy/organisations/" + organisation + "/profile"),
                "the organisation's profile");
        HelpRequest r = fixture.request(organisation, GoodBusyFixture.requestDraft("Tuindag bij De Linde"));
        HelpRequest rp = fixture.request(organisation, GoodBusyFixture.requestDraft("Voorleesochtend in de bieb"));
        done(ilseBrowser.post("/goodbusy/requests/" + rp.id() + "/status", Map.of("status", "paused")), "pausing RP");
        Offer o = fixture.offer(company, GoodBusyFixture.offerDraft("Teamdag Stevig"));
        Offer o2 = fixture.offer(company, GoodBusyFixture.offerDraft("Klusteam Stevig"));
        Offer oc = fixture.offer(company, GoodBusyFixture.offerDraft("Kerstpakketten Stevig"));
        done(bramBrowser.post("/goodbusy/offers/" + oc.id() + "/status", Map.of("status", "closed")), "closing OC");

        // M: proposed by the organisation, accepted, talked about, agreed from today to 20 March, with a shift on
        // 10 March the employee signed up for and three hours of today that wait for the organisation's approval.
        String m = propose(ilseBrowser, r, o);
        String match = "/goodbusy/matches/" + m;
        done(bramBrowser.post(match + "/accept", Map.of()), "accepting M");
        done(ilseBrowser.post(match + "/messages", Map.of("body", SECRET_MESSAGE + ".")), "a message on M");
        done(ilseBrowser.post(match + "/agreement", Map.of("what", "Een tuindag: snoeien en bankjes schuren.",
                "startsOn", "2026-03-02", "endsOn", "2026-03-20", "organisationContact", ilse, "companyContact", bram,
                "vogArranged", "yes", "briefing", "Meld je om 9 uur bij de achteringang.")), "the agreement of M");
        String revision = single("SELECT revision FROM goodbusy_agreements WHERE match_id = ?", m);
        done(ilseBrowser.post(match + "/confirm", Map.of("side", "organisation", "revision", revision)),
                "the organisation confirms");
        done(bramBrowser.post(match + "/confirm", Map.of("side", "company", "revision", revision)),
                "the company confirms");
        assertEquals("agreed", single("SELECT status FROM goodbusy_matches WHERE id = ?", m));
        done(ilseBrowser.post(match + "/shifts", Map.of("label", "Snoeiochtend", "date", "2026-03-10",
                "startTime", "09:00", "endTime", "13:00", "places", "4")), "a shift of M");
        String shift = single("SELECT id FROM goodbusy_shifts WHERE match_id = ?", m);
        done(who.get(EMPLOYEE).post(match + "/shifts/" + shift + "/signup", Map.of()), "the employee signs up");
        done(who.get(EMPLOYEE).post(match + "/hours", Map.of("workedOn", "2026-03-02", "hours", "3",
                "note", "Snoeischaren geslepen")), "the employee's hours");
        // M2: proposed by the company, waiting for the organisation's answer.
        String m2 = propose(bramBrowser, r, o2);

        Matrix x = new Matrix(who);
        x.name(company, "C");
        x.name(otherCompany, "C'");
        x.name(organisation, "S");
        x.name(r.id(), "R");
        x.name(rp.id(), "RP paused");
        x.name(o.id(), "O");
        x.name(o2.id(), "O2");
        x.name(oc.id(), "OC closed");
        x.name(m, "M agreed");
        x.name(m2, "M2");
        x.name(shift, "shift");
        x.name(UNKNOWN, "unknown");
        String[] overseesR = {ORGANISATION, BROKER, MANAGER, ADMIN};
        String[] seesOc = {COMPANY, MANAGER, ADMIN};

        // ---- Start page and profiles: every signed-in person reads a profile, only its coordinators edit it (and
        // only they see a company's hours budget).
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        x.get("/goodbusy").expect(                                        200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/companies/{org}", company).shows(BUDGET, COMPANY).hides(oc.title(), seesOc)
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/companies/{org}", organisation).expect(          303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/companies/{org}", UNKNOWN).expect(               303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/companies/{org}/profile", company).expect(       303, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403);
        x.get("/goodbusy/companies/{org}/profile", organisation).expect(  303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.post("/goodbusy/companies/{org}/profile", company).expect(      403, 403, 403, 422, 403, 403, 403, 403, 403, 403, 403);
        x.get("/goodbusy/organisations/{org}", organisation).hides(rp.title(), overseesR)
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/organisations/{org}", company).expect(           303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/organisations/{org}/profile", organisation)
                .expect(                                                  303, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403);
        x.post("/goodbusy/organisations/{org}/profile", organisation)
                .expect(                                                  403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403);

        // ---- Requests: open ones are public; a paused one only for its coordinators, the brokers of its province
        // and community managers. Only the organisation's coordinators post and change them. /new shows everyone
        // signed in a page, but the form only to coordinators of a social organisation (the others learn how to
        // begin); posting for an organisation one does not coordinate is refused.
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        x.get("/goodbusy/requests").shows(r.title(), WHO.toArray(String[]::new)).hides(rp.title())
                .expect(                                                  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/requests/new").shows(REQUEST_FORM, ORGANISATION, OTHER_ORGANISATION)
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.post("/goodbusy/requests").form(Map.of("organisation", organisation))
                .expect(                                                  403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403);
        x.get("/goodbusy/requests/{id}", r.id()).expect(                  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/requests/{id}", rp.id()).hides(rp.title(), overseesR)
                .expect(                                                  404, 404, 404, 404, 404, 200, 404, 200, 404, 200, 200);
        x.get("/goodbusy/requests/{id}", UNKNOWN).expect(                 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/requests/{id}/edit", r.id()).expect(             303, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403);
        x.get("/goodbusy/requests/{id}/edit", rp.id()).hides(rp.title(), overseesR)
                .expect(                                                  303, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403);
        x.get("/goodbusy/requests/{id}/edit", UNKNOWN).expect(            303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.post("/goodbusy/requests/{id}/edit", r.id()).expect(            403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403);
        x.post("/goodbusy/requests/{id}/status", r.id()).expect(          403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403);
        // Suggestions for a request: its coordinators, the brokers of its province, community managers.
        x.get("/goodbusy/requests/{id}/suggestions", r.id())
                .expect(                                                  303, 403, 403, 403, 403, 200, 403, 200, 403, 200, 200);
        x.get("/goodbusy/requests/{id}/suggestions", rp.id()).hides(rp.title(), overseesR)
                .expect(                                                  303, 403, 403, 403, 403, 200, 403, 200, 403, 200, 200);
        x.get("/goodbusy/requests/{id}/suggestions", UNKNOWN)
                .expect(                                                  303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);

        // ---- Offers: for signed-in people; a paused or closed one only for the company's coordinators and
        // community managers. Only the company's coordinators post and change them (a closed one is history: 409).
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        x.get("/goodbusy/offers").shows(o.title(), SIGNED_IN).hides(oc.title())
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/offers/mine").shows(oc.title(), COMPANY)
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/offers/new").shows(OFFER_FORM, COMPANY, OTHER_COMPANY)
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.post("/goodbusy/offers").form(Map.of("company", company))
                .expect(                                                  403, 403, 403, 422, 403, 403, 403, 403, 403, 403, 403);
        x.get("/goodbusy/offers/{id}", o.id()).expect(                    303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.get("/goodbusy/offers/{id}", oc.id()).hides(oc.title(), seesOc)
                .expect(                                                  303, 404, 404, 200, 404, 404, 404, 404, 404, 200, 200);
        x.get("/goodbusy/offers/{id}", UNKNOWN).expect(                   303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/offers/{id}/edit", o.id()).expect(               303, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403);
        x.get("/goodbusy/offers/{id}/edit", oc.id()).hides(oc.title(), seesOc)
                .expect(                                                  303, 403, 403, 409, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/offers/{id}/edit", o.id()).expect(              403, 403, 403, 422, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/offers/{id}/status", o.id()).expect(            403, 403, 403, 422, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/offers/{id}/status", oc.id()).form(Map.of("status", "open")).hides(oc.title(), seesOc)
                .expect(                                                  403, 403, 403, 409, 403, 403, 403, 403, 403, 403, 403);
        // Suggestions for an offer: the company's coordinators and community managers (brokers oversee requests).
        x.get("/goodbusy/offers/{id}/suggestions", o.id())
                .expect(                                                  303, 403, 403, 200, 403, 403, 403, 403, 403, 200, 200);
        x.get("/goodbusy/offers/{id}/suggestions", oc.id()).hides(oc.title(), seesOc)
                .expect(                                                  303, 403, 403, 200, 403, 403, 403, 403, 403, 200, 200);
        x.get("/goodbusy/offers/{id}/suggestions", UNKNOWN)
                .expect(                                                  303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);

        // ---- Matches. "My matches" lists M for both sides' coordinators and the company's employee (agreed); M2 only
        // for the coordinators (employees see a match once it is agreed). Proposing is for a coordinator of the
        // request's organisation or of the offer's company; R × O exists already (409).
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        x.get("/goodbusy/matches").shows(match, EMPLOYEE, COMPANY, ORGANISATION)
                .shows("/goodbusy/matches/" + m2, COMPANY, ORGANISATION)
                .expect(                                                  303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        x.post("/goodbusy/matches").form(Map.of("request", r.id(), "offer", o.id(), "proposal", "Nog een keer?"))
                .expect(                                                  403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);
        // A paused request does not exist for the company's coordinator: the refusal must not name it.
        x.post("/goodbusy/matches").form(Map.of("request", rp.id(), "offer", o.id(), "proposal", "Voorlezen?"))
                .hides(rp.title(), overseesR)
                .expect(                                                  403, 403, 403, 404, 403, 409, 403, 403, 403, 403, 403);
        // A closed offer does not exist for the organisation's coordinator: the refusal must not name it.
        x.post("/goodbusy/matches").form(Map.of("request", r.id(), "offer", oc.id(), "proposal", "Pakketten?"))
                .hides(oc.title(), seesOc)
                .expect(                                                  403, 403, 403, 409, 403, 404, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches").form(Map.of("request", UNKNOWN, "offer", o.id(), "proposal", "Hallo?"))
                .expect(                                                  403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);

        // The match page: both sides' coordinators, the company's employees once agreed, the brokers of the request's
        // province and community managers; the conversation only for the coordinators.
        x.get("/goodbusy/matches/{id}", m).shows(SECRET_MESSAGE, COMPANY, ORGANISATION)
                .expect(                                                  303, 403, 200, 200, 403, 200, 403, 200, 403, 200, 200);
        x.get("/goodbusy/matches/{id}", m2).expect(                       303, 403, 403, 200, 403, 200, 403, 200, 403, 200, 200);
        x.get("/goodbusy/matches/{id}", UNKNOWN).expect(                  303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);

        // M, agreed. Answering is the company's (the side that did not propose), withdrawing the organisation's: too
        // late for both (409). Talking, shifts and evaluating are both coordinators' (evaluating once the work is
        // over: 409 now); the agreement is settled (409);
        // signing up and registering hours are the employees' (the company's coordinator belongs to the company
        // too); approving hours is the organisation's coordinators'; done only after the last shift (409).
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        x.post("/goodbusy/matches/{id}/accept", m).expect(                403, 403, 403, 409, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/decline", m).expect(               403, 403, 403, 409, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/withdraw", m).expect(              403, 403, 403, 403, 403, 409, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/messages", m).expect(              403, 403, 403, 422, 403, 422, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/agreement", m).expect(             403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/confirm", m).expect(               403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/shifts", m).expect(                403, 403, 403, 422, 403, 422, 403, 403, 403, 403, 403);
        // Signing up (the employee is already: 409; the coordinator signs up), cancelling both, signing up again:
        // afterwards both hold a place of the four.
        x.post("/goodbusy/matches/{id}/shifts/{shift}/signup", m, shift)
                .expect(                                                  403, 403, 409, 303, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/shifts/{shift}/cancel", m, shift)
                .expect(                                                  403, 403, 303, 303, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/shifts/{shift}/signup", m, shift)
                .expect(                                                  403, 403, 303, 303, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/shifts/{shift}/signup", m, UNKNOWN)
                .expect(                                                  403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/shifts/{shift}/cancel", m, UNKNOWN)
                .expect(                                                  403, 403, 404, 404, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/hours", m).expect(                 403, 403, 422, 422, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/hours/decide", m).expect(          403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403);
        // Evaluating is for work that happened: M's shift (10 March) is still ahead (409), as for done.
        x.post("/goodbusy/matches/{id}/evaluation", m).expect(            403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/done", m).expect(                  403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);

        // M2, proposed by the company: the organisation answers. An empty decline lacks its reason (422); then the
        // organisation accepts (303), after which it is too late to withdraw (409) and the agreement is written by
        // both sides (422: empty), not yet confirmable (409: none yet); no shifts or hours before it is agreed.
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        x.post("/goodbusy/matches/{id}/decline", m2).expect(              403, 403, 403, 403, 403, 422, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/accept", m2).expect(               403, 403, 403, 403, 403, 303, 403, 403, 403, 403, 403);
        x.get("/goodbusy/matches/{id}", m2).expect(                       303, 403, 403, 200, 403, 200, 403, 200, 403, 200, 200);
        x.post("/goodbusy/matches/{id}/withdraw", m2).expect(             403, 403, 403, 409, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/messages", m2).expect(             403, 403, 403, 422, 403, 422, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/agreement", m2).expect(            403, 403, 403, 422, 403, 422, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/confirm", m2).expect(              403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/shifts", m2).expect(               403, 403, 403, 409, 403, 409, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/hours", m2).expect(                403, 403, 403, 409, 403, 403, 403, 403, 403, 403, 403);
        x.post("/goodbusy/matches/{id}/hours/decide", m2).expect(         403, 403, 403, 403, 403, 409, 403, 403, 403, 403, 403);

        // An unknown match is unknown to everyone signed in, whatever they would be allowed to do with one.
        for (String action : List.of("accept", "decline", "withdraw", "messages", "agreement", "confirm", "shifts",
                "hours", "hours/decide", "evaluation", "done")) {
            x.post("/goodbusy/matches/{id}/" + action, UNKNOWN)
                    .expect(                                              403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        }
        x.post("/goodbusy/matches/{id}/shifts/{shift}/signup", UNKNOWN, shift)
                .expect(                                                  403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.post("/goodbusy/matches/{id}/shifts/{shift}/cancel", UNKNOWN, shift)
                .expect(                                                  403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);

        // ---- Impact: a company's figures for its coordinators and community managers; what an organisation received
        // for its coordinators and community managers; the broker's page for brokers (each their own region) and
        // community managers; a nudge only for a match in the broker's region.
        //                                                                 anon memb empl comp ocmp org  oorg brk  brkx mgr  adm
        for (String export : List.of("", ".csv", ".pdf")) {
            x.get("/goodbusy/companies/{org}/impact" + export, company)
                    .expect(                                              303, 403, 403, 200, 403, 403, 403, 403, 403, 200, 200);
        }
        x.get("/goodbusy/companies/{org}/impact", organisation)
                .expect(                                                  303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/organisations/{org}/received", organisation)
                .expect(                                                  303, 403, 403, 403, 403, 200, 403, 403, 403, 200, 200);
        x.get("/goodbusy/organisations/{org}/received", company)
                .expect(                                                  303, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404);
        x.get("/goodbusy/broker").expect(                                 303, 403, 403, 403, 403, 403, 403, 200, 200, 200, 200);
        x.post("/goodbusy/broker/matches/{id}/nudge", m)
                .expect(                                                  403, 403, 403, 403, 403, 403, 403, 303, 403, 303, 303);
        x.post("/goodbusy/broker/matches/{id}/nudge", UNKNOWN)
                .expect(                                                  403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404);

        // ---- Every route has a row; nothing the refused or empty forms asked for happened.
        x.assertAsExpected(declaredRoutes());
        assertEquals(2, count("SELECT COUNT(*) FROM goodbusy_requests"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_requests WHERE status = 'paused'"));
        assertEquals(3, count("SELECT COUNT(*) FROM goodbusy_offers"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_offers WHERE status = 'closed'"));
        assertEquals(2, count("SELECT COUNT(*) FROM goodbusy_matches"));
        assertEquals("agreed", single("SELECT status FROM goodbusy_matches WHERE id = ?", m));
        assertEquals("accepted", single("SELECT status FROM goodbusy_matches WHERE id = ?", m2));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_shifts"));
        assertEquals(2, count("SELECT COUNT(*) FROM goodbusy_signups"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_hours WHERE status = 'pending'"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_hours"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_messages"));
        assertEquals(0, count("SELECT COUNT(*) FROM goodbusy_evaluations"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_agreements"));
    }

    // ---- the world

    /** A volunteer centre in a place, administered by someone who is not among the visitors; returns its id. */
    private String centre(String municipality, String province, String administratorId) {
        return fixture.organisations().create(new OrganisationForm("Vrijwilligerscentrale " + municipality,
                OrganisationKind.VOLUNTEER_CENTRE, municipality, province, "", ""), administratorId).id();
    }

    /** A broker who works at (is a member of, not an administrator of) a volunteer centre, signed in. */
    private Browser broker(String email, String name, String centreId) {
        Browser browser = fixture.withRole(email, name, GoodBusyFixture.BROKER_ROLE);
        fixture.join(centreId, fixture.personId(email), "member");
        return browser;
    }

    /** Proposes the offer for the request as this coordinator; returns the new match's id. */
    private String propose(Browser coordinator, HelpRequest request, Offer offer) {
        Browser.Page page = coordinator.post("/goodbusy/matches", Map.of("request", request.id(), "offer", offer.id(),
                "proposal", "Zullen we samen iets moois doen?"));
        done(page, "proposing " + request.title() + " × " + offer.title());
        return page.location().replaceAll("^/goodbusy/matches/([^?#]+).*$", "$1");
    }

    private static void done(Browser.Page page, String what) {
        assertEquals(303, page.status(), what + ": " + page.body());
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private String single(String sql, String arg) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).bind(0, arg).mapTo(String.class).one());
    }

    // ---- the matrix

    /** Asks every visitor in turn and keeps each answer that differs from what the row expects. */
    private static final class Matrix {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

        private final Map<String, Browser> who;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Set<String> asked = new TreeSet<>();
        private final List<List<String>> wrong = new ArrayList<>();
        private int rows;

        Matrix(Map<String, Browser> who) {
            this.who = who;
        }

        /** How an id is written in the report. */
        void name(String id, String label) {
            names.put(id, label);
        }

        Row get(String route, String... values) {
            return new Row("GET", route, values);
        }

        Row post(String route, String... values) {
            return new Row("POST", route, values);
        }

        /** A text on a page that only some visitors may (or must) see. */
        private record Look(String text, Set<String> visitors, boolean mustShow) {
        }

        final class Row {
            private final String method;
            private final String route;
            private final String path;
            private Map<String, String> form = Map.of();
            private final List<Look> looks = new ArrayList<>();
            private String defect = "";

            private Row(String method, String route, String... values) {
                this.method = method;
                this.route = route;
                Matcher placeholder = PLACEHOLDER.matcher(route);
                StringBuilder filled = new StringBuilder();
                int used = 0;
                while (placeholder.find()) {
                    placeholder.appendReplacement(filled, Matcher.quoteReplacement(values[used++]));
                }
                placeholder.appendTail(filled);
                if (used != values.length) throw new IllegalArgumentException(route + ": one value per placeholder");
                this.path = filled.toString();
            }

            /** The form to post instead of an empty one (the CSRF token is added). */
            Row form(Map<String, String> fields) {
                this.form = fields;
                return this;
            }

            /** The text is on the page of exactly these visitors (when they get the page), and on nobody else's. */
            Row shows(String text, String... visitors) {
                looks.add(new Look(text, Set.of(visitors), true));
                return this;
            }

            /** No answer to anyone but these visitors contains the text, whatever its status. */
            Row hides(String text, String... visitors) {
                looks.add(new Look(text, Set.of(visitors), false));
                return this;
            }

            /** The code disagrees with the rules here (found by this matrix); the rule stays the expectation. */
            Row defect(String why) {
                this.defect = why;
                return this;
            }

            void expect(int... expected) {
                if (expected.length != WHO.size()) throw new IllegalArgumentException(route + ": one answer per visitor");
                asked.add(method + " " + route);
                rows++;
                for (int i = 0; i < WHO.size(); i++) {
                    String visitor = WHO.get(i);
                    Browser browser = who.get(visitor);
                    Browser.Page page = method.equals("GET") ? browser.get(path) : browser.post(path, form);
                    List<String> problems = new ArrayList<>();
                    if (page.status() != expected[i]) {
                        problems.add(page.status() + (page.location().isEmpty() ? "" : " → " + label(page.location())));
                    } else if (page.status() == 303 && visitor.equals(ANONYMOUS) && method.equals("GET")
                            && !page.location().startsWith("/login?next=%2Fgoodbusy")) {
                        problems.add("303 → " + page.location() + " (not the sign-in page)");
                    } else if (page.status() == 303 && !visitor.equals(ANONYMOUS)
                            && page.location().startsWith("/login")) {
                        problems.add("303 → " + page.location() + " (signed out?)");
                    }
                    for (Look look : looks) {
                        boolean on = page.body().contains(look.text());
                        if (on && !look.visitors().contains(visitor)) {
                            problems.add("the answer shows “" + look.text() + "”");
                        } else if (!on && look.mustShow() && look.visitors().contains(visitor)
                                && page.status() == expected[i] && page.status() == 200) {
                            problems.add("the page lacks “" + look.text() + "”");
                        }
                    }
                    if (!problems.isEmpty()) {
                        String request = method + " " + label(path)
                                + (form.isEmpty() ? "" : " " + label(new TreeMap<>(form).toString()));
                        wrong.add(List.of(request, visitor, String.valueOf(expected[i]), String.join("; ", problems),
                                defect.isEmpty() ? "" : "DEFECT: " + defect));
                    }
                }
            }
        }

        private String label(String text) {
            String labelled = text;
            for (Map.Entry<String, String> name : names.entrySet()) {
                labelled = labelled.replace(name.getKey(), "«" + name.getValue() + "»");
            }
            return labelled;
        }

        /** Fails with one table of every answer that differs, and the routes without a row. */
        void assertAsExpected(Set<String> declared) {
            StringBuilder report = new StringBuilder();
            if (!wrong.isEmpty()) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of("request", "visitor", "expected", "actual", "note"));
                table.addAll(wrong);
                int[] widths = new int[5];
                for (List<String> line : table) {
                    for (int c = 0; c < 5; c++) widths[c] = Math.max(widths[c], line.get(c).length());
                }
                report.append(wrong.size()).append(" of ").append(rows * WHO.size())
                        .append(" answers differ from the rules:\n");
                for (List<String> line : table) {
                    StringBuilder text = new StringBuilder("  ");
                    for (int c = 0; c < 5; c++) {
                        text.append(line.get(c)).append(" ".repeat(widths[c] - line.get(c).length() + 2));
                    }
                    report.append(text.toString().stripTrailing()).append('\n');
                }
            }
            Set<String> missing = new TreeSet<>(declared);
            missing.removeAll(asked);
            Set<String> unknown = new TreeSet<>(asked);
            unknown.removeAll(declared);
            if (!missing.isEmpty()) report.append("routes without a row: ").append(missing).append('\n');
            if (!unknown.isEmpty()) report.append("rows for routes the plugin does not declare: ").append(unknown)
                    .append('\n');
            System.out.println("Good Busy access matrix: " + declared.size() + " routes, " + rows + " rows × "
                    + WHO.size() + " visitors = " + rows * WHO.size() + " answers");
            if (!report.isEmpty()) fail("\n" + report);
        }
    }

    /** The routes the plugin declares, read from its sources: a new route without a row here fails this test. */
    private static Set<String> declaredRoutes() {
        Pattern route = Pattern.compile("\\.(get|post|put|delete|patch)\\(\\s*\"(/[^\"]*)\",\\s*\\w*Permissions?\\.");
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = route.matcher(Files.readString(file));
                while (m.find()) {
                    routes.add(m.group(1).toUpperCase() + " /goodbusy" + (m.group(2).equals("/") ? "" : m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(routes.size() > 40, "found the routes: " + routes);
        return routes;
    }
}
