package nl.plein.goodbusy.integration;

import java.time.Instant;
import java.util.List;

/**
 * The generated rows into Good Busy's tables, every NOT NULL column filled as the repositories fill it: codes as
 * stored text, calendar dates as ISO text, instants as epoch millis (core's argument for {@link Instant}, also for the
 * nullable ones), booleans from Java.
 */
final class ScaleTables {

    private final ScaleWriter writer;

    ScaleTables(ScaleWriter writer) {
        this.writer = writer;
    }

    void companies(List<ScaleRows.Company> rows) {
        writer.write("goodbusy_companies", """
                INSERT INTO goodbusy_companies (organisation_id, sector, size_band, provinces, causes, skills, forms,
                    hours_budget, description, updated_at)
                VALUES (:id, :sector, :size, :provinces, :causes, :skills, :forms, :budget, :description, :updated)""",
                rows, (b, c) -> b.bind("id", c.organisationId()).bind("sector", c.sector()).bind("size", c.sizeBand())
                        .bind("provinces", c.provinces()).bind("causes", c.causes()).bind("skills", c.skills())
                        .bind("forms", c.forms()).bind("budget", c.hoursBudget()).bind("description", c.description())
                        .bind("updated", c.updatedAt()));
    }

    void organisations(List<ScaleRows.Organisation> rows) {
        writer.write("goodbusy_organisations", """
                INSERT INTO goodbusy_organisations (organisation_id, mission, target_groups, province, municipality,
                    supervision_capacity, updated_at)
                VALUES (:id, :mission, :groups, :province, :municipality, :capacity, :updated)""",
                rows, (b, o) -> b.bind("id", o.organisationId()).bind("mission", o.mission())
                        .bind("groups", o.targetGroups()).bind("province", o.province())
                        .bind("municipality", o.municipality()).bind("capacity", o.capacity())
                        .bind("updated", o.updatedAt()));
    }

    void requests(List<ScaleRows.Request> rows) {
        writer.write("goodbusy_requests", """
                INSERT INTO goodbusy_requests (id, organisation_id, title, description, form, cause, skills, min_group,
                    max_group, date_kind, starts_on, ends_on, recurrence, remote, municipality, province, vog_required,
                    accessibility, status, created_by, created_at, updated_at)
                VALUES (:id, :organisation, :title, :description, :form, :cause, :skills, :min, :max, :kind, :starts,
                    :ends, :recurrence, :remote, :municipality, :province, :vog, :accessibility, :status, :createdBy,
                    :created, :updated)""",
                rows, (b, r) -> b.bind("id", r.id()).bind("organisation", r.party().id()).bind("title", r.title())
                        .bind("description", r.description()).bind("form", r.form()).bind("cause", r.cause())
                        .bind("skills", r.skills()).bind("min", r.minGroup()).bind("max", r.maxGroup())
                        .bind("kind", r.dateKind()).bind("starts", r.startsOn().toString())
                        .bind("ends", r.endsOn().toString()).bind("recurrence", r.recurrence())
                        .bind("remote", r.remote()).bind("municipality", r.municipality())
                        .bind("province", r.province()).bind("vog", r.vogRequired())
                        .bind("accessibility", r.accessibility()).bind("status", r.status())
                        .bind("createdBy", r.party().coordinatorId()).bind("created", r.createdAt())
                        .bind("updated", r.updatedAt()));
    }

    void offers(List<ScaleRows.Offer> rows) {
        writer.write("goodbusy_offers", """
                INSERT INTO goodbusy_offers (id, company_id, title, description, form, causes, skills, group_size,
                    available_from, available_until, remote_ok, on_site_ok, provinces, vog_willing, status, created_by,
                    created_at, updated_at)
                VALUES (:id, :company, :title, :description, :form, :causes, :skills, :group, :from, :until, :remoteOk,
                    :onSiteOk, :provinces, :vog, :status, :createdBy, :created, :updated)""",
                rows, (b, o) -> b.bind("id", o.id()).bind("company", o.company().id()).bind("title", o.title())
                        .bind("description", o.description()).bind("form", o.form()).bind("causes", o.causes())
                        .bind("skills", o.skills()).bind("group", o.groupSize())
                        .bind("from", o.availableFrom().toString()).bind("until", o.availableUntil().toString())
                        .bind("remoteOk", o.remoteOk()).bind("onSiteOk", o.onSiteOk())
                        .bind("provinces", o.provinces()).bind("vog", o.vogWilling()).bind("status", o.status())
                        .bind("createdBy", o.company().coordinatorId()).bind("created", o.createdAt())
                        .bind("updated", o.updatedAt()));
    }

    void deals(ScaleDeals.Made deals) {
        writer.write("goodbusy_matches", """
                INSERT INTO goodbusy_matches (id, request_id, offer_id, organisation_id, company_id, proposed_by,
                    proposer_id, proposal, score, status, answer_reason, answered_by, answered_at, nudges, created_at,
                    updated_at)
                VALUES (:id, :request, :offer, :organisation, :company, :proposedBy, :proposer, :proposal, :score,
                    :status, :reason, :answeredBy, :answeredAt, :nudges, :created, :updated)""",
                deals.matches(), (b, m) -> b.bind("id", m.id()).bind("request", m.request().id())
                        .bind("offer", m.offer().id()).bind("organisation", m.request().party().id())
                        .bind("company", m.offer().company().id()).bind("proposedBy", m.proposedBy())
                        .bind("proposer", m.proposerId()).bind("proposal", m.proposal()).bind("score", m.score())
                        .bind("status", m.status()).bind("reason", m.answerReason())
                        .bind("answeredBy", m.answeredBy()).bindByType("answeredAt", m.answeredAt(), Instant.class)
                        .bind("nudges", m.nudges()).bind("created", m.createdAt()).bind("updated", m.updatedAt()));
        writer.write("goodbusy_messages", """
                INSERT INTO goodbusy_messages (id, match_id, side, author_id, body, created_at)
                VALUES (:id, :match, :side, :author, :body, :created)""",
                deals.messages(), (b, m) -> b.bind("id", m.id()).bind("match", m.matchId()).bind("side", m.side())
                        .bind("author", m.authorId()).bind("body", m.body()).bind("created", m.createdAt()));
        writer.write("goodbusy_agreements", """
                INSERT INTO goodbusy_agreements (match_id, what, starts_on, ends_on, organisation_contact_id,
                    company_contact_id, vog_arranged, briefing, revision, organisation_confirmed_by,
                    organisation_confirmed_at, company_confirmed_by, company_confirmed_at, updated_at)
                VALUES (:match, :what, :starts, :ends, :organisationContact, :companyContact, :vog, :briefing,
                    :revision, :organisationBy, :organisationAt, :companyBy, :companyAt, :updated)""",
                deals.agreements(), (b, a) -> b.bind("match", a.matchId()).bind("what", a.what())
                        .bind("starts", a.startsOn().toString()).bind("ends", a.endsOn().toString())
                        .bind("organisationContact", a.organisationContactId())
                        .bind("companyContact", a.companyContactId()).bind("vog", a.vogArranged())
                        .bind("briefing", a.briefing()).bind("revision", a.revision())
                        .bind("organisationBy", a.organisationConfirmedBy())
                        .bindByType("organisationAt", a.organisationConfirmedAt(), Instant.class)
                        .bind("companyBy", a.companyConfirmedBy())
                        .bindByType("companyAt", a.companyConfirmedAt(), Instant.class)
                        .bind("updated", a.updatedAt()));
        writer.write("goodbusy_shifts", """
                INSERT INTO goodbusy_shifts (id, match_id, label, starts_at, ends_at, places, signed_up, created_at)
                VALUES (:id, :match, :label, :starts, :ends, :places, :signedUp, :created)""",
                deals.shifts(), (b, s) -> b.bind("id", s.id()).bind("match", s.matchId()).bind("label", s.label())
                        .bind("starts", s.startsAt()).bind("ends", s.endsAt()).bind("places", s.places())
                        .bind("signedUp", s.signedUp()).bind("created", s.createdAt()));
        writer.write("goodbusy_signups", """
                INSERT INTO goodbusy_signups (shift_id, person_id, created_at) VALUES (:shift, :person, :created)""",
                deals.signups(), (b, s) -> b.bind("shift", s.shiftId()).bind("person", s.personId())
                        .bind("created", s.createdAt()));
        writer.write("goodbusy_hours", """
                INSERT INTO goodbusy_hours (id, match_id, shift_id, person_id, company_id, organisation_id, worked_on,
                    minutes, note, status, decision_reason, decided_by, decided_at, created_at)
                VALUES (:id, :match, :shift, :person, :company, :organisation, :workedOn, :minutes, :note, :status,
                    :reason, :decidedBy, :decidedAt, :created)""",
                deals.hours(), (b, h) -> b.bind("id", h.id()).bind("match", h.matchId()).bind("shift", h.shiftId())
                        .bind("person", h.personId()).bind("company", h.companyId())
                        .bind("organisation", h.organisationId()).bind("workedOn", h.workedOn().toString())
                        .bind("minutes", h.minutes()).bind("note", h.note()).bind("status", h.status())
                        .bind("reason", h.decisionReason()).bind("decidedBy", h.decidedBy())
                        .bindByType("decidedAt", h.decidedAt(), Instant.class).bind("created", h.createdAt()));
        writer.write("goodbusy_evaluations", """
                INSERT INTO goodbusy_evaluations (match_id, side, rating, went_well, to_improve, thanks, author_id,
                    created_at)
                VALUES (:match, :side, :rating, :wentWell, :toImprove, :thanks, :author, :created)""",
                deals.evaluations(), (b, e) -> b.bind("match", e.matchId()).bind("side", e.side())
                        .bind("rating", e.rating()).bind("wentWell", e.wentWell()).bind("toImprove", e.toImprove())
                        .bind("thanks", e.thanks()).bind("author", e.authorId()).bind("created", e.createdAt()));
    }
}
