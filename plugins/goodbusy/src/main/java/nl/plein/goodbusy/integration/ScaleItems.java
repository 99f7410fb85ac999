package nl.plein.goodbusy.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.plein.api.hooks.ScaleData;
import nl.plein.goodbusy.matching.Facts;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * Makes the generated profiles, requests and offers, and the moments around {@code now} they happened at. Most items
 * are open; some are paused, some closed (work that is over, dates in the past); a few open requests were forgotten
 * after their last day. Dates spread over the coming year, with periods that already started.
 */
final class ScaleItems {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, String> CAPITAL = Map.ofEntries(Map.entry("Zuid-Holland", "Den Haag"),
            Map.entry("Noord-Holland", "Haarlem"), Map.entry("Noord-Brabant", "'s-Hertogenbosch"),
            Map.entry("Gelderland", "Arnhem"), Map.entry("Utrecht", "Utrecht"), Map.entry("Overijssel", "Zwolle"),
            Map.entry("Limburg", "Maastricht"), Map.entry("Friesland", "Leeuwarden"),
            Map.entry("Groningen", "Groningen"), Map.entry("Drenthe", "Assen"), Map.entry("Flevoland", "Lelystad"),
            Map.entry("Zeeland", "Middelburg"));

    private final ScaleData.Generation generation;
    private final Random random;
    private final ScaleShapes shapes;
    private final ScaleTexts texts;
    final Instant now;
    final LocalDate today;

    ScaleItems(ScaleData.Generation generation, ScaleShapes shapes, ScaleTexts texts) {
        this.generation = generation;
        this.random = shapes.random();
        this.shapes = shapes;
        this.texts = texts;
        this.now = generation.now();
        this.today = LocalDate.ofInstant(now, AMSTERDAM);
    }

    /** A core organisation as a Good Busy party; {@code capacity} 0 for a company. */
    ScaleRows.Party party(ScaleData.Organisation organisation, ScaleData.Person coordinator, int capacity) {
        String province = shapes.provinceOr(organisation.province());
        String municipality = organisation.municipality() == null || organisation.municipality().isBlank()
                ? CAPITAL.get(province) : organisation.municipality();
        boolean english = coordinator.locale() != null && coordinator.locale().startsWith("en");
        return new ScaleRows.Party(organisation, coordinator.id(), coordinator.email(), english, province,
                municipality, capacity, organisation.firstPerson(), Math.max(1, organisation.members()));
    }

    /** How many volunteers a social organisation can guide at once: most a handful to twenty, a few many more. */
    int capacity() {
        return shapes.chance(15) ? shapes.between(30, 80) : shapes.between(4, 24);
    }

    ScaleRows.Company company(ScaleRows.Party party) {
        String sizeBand = shapes.pick(List.of("10-49", "50-249", "50-249", "250-999", "250-999", "1000+"));
        int budget = switch (sizeBand) {
            case "10-49" -> shapes.between(2, 10) * 20;
            case "50-249" -> shapes.between(4, 20) * 50;
            case "250-999" -> shapes.between(10, 40) * 50;
            default -> shapes.between(20, 100) * 100;
        };
        List<String> forms = shapes.chance(50) ? List.of(shapes.form()) : List.of(shapes.form(), shapes.form());
        return new ScaleRows.Company(party.id(), shapes.pick(Vocabulary.SECTORS), sizeBand,
                Vocabulary.join(Vocabulary.PROVINCES, shapes.provinces(party.province(), shapes.between(1, 4))),
                Vocabulary.join(Vocabulary.CAUSES, shapes.causes(shapes.between(2, 5))),
                Vocabulary.join(Vocabulary.SKILLS, shapes.skills(forms.get(0), shapes.between(2, 6))),
                Vocabulary.join(Vocabulary.FORMS, forms), shapes.chance(10) ? 0 : budget,
                texts.companyDescription(party.english()), past(Duration.ofDays(400)));
    }

    ScaleRows.Organisation organisation(ScaleRows.Party party) {
        return new ScaleRows.Organisation(party.id(), texts.mission(party.english()),
                texts.targetGroups(party.english()), party.province(), party.municipality(), party.capacity(),
                past(Duration.ofDays(400)));
    }

    private String status() {
        int n = random.nextInt(100);
        return n < 88 ? "open" : n < 94 ? "paused" : "closed";
    }

    ScaleRows.Request request(ScaleRows.Party organisation) {
        String form = shapes.form();
        String cause = shapes.cause();
        List<String> skills = shapes.skills(form, shapes.chance(25) ? 0 : shapes.between(1, 4));
        int[] group = shapes.groupRange(form);
        int draw = random.nextInt(10);
        DateKind kind = draw < 4 ? DateKind.ONE_DAY : draw < 8 ? DateKind.PERIOD : DateKind.RECURRING;
        String status = status();
        LocalDate start;
        LocalDate end;
        boolean forgotten = "open".equals(status) && shapes.chance(2);
        if ("closed".equals(status) || forgotten) {
            start = today.minusDays(shapes.between(20, 420));
            end = end(kind, start);
            if (!end.isBefore(today)) end = today.minusDays(shapes.between(1, 20));
            if (end.isBefore(start)) start = end;
        } else {
            start = switch (kind) {
                case ONE_DAY -> today.plusDays(shapes.between(1, 300));
                case PERIOD -> today.plusDays(shapes.between(-60, 300));
                case RECURRING -> today.plusDays(shapes.between(-150, 200));
            };
            end = end(kind, start);
            if (end.isBefore(today)) end = today.plusDays(shapes.between(7, 60));
        }
        boolean remote = ScaleShapes.expert(form) && shapes.chance(40);
        boolean vog = ScaleShapes.VOG_CAUSES.contains(cause) ? shapes.chance(60) : shapes.chance(10);
        boolean english = organisation.english();
        Instant created = created(start);
        Instant updated = "open".equals(status) && !shapes.chance(20) ? created : between(created, now);
        String id = generation.id();
        String skillCodes = Vocabulary.join(Vocabulary.SKILLS, skills);
        Facts.OfRequest facts = Facts.request(id, organisation.id(), Facts.mask(Vocabulary.SKILLS, skillCodes), cause,
                form, group[0], group[1], organisation.capacity(), start, end, remote, organisation.province(), vog,
                kind == DateKind.ONE_DAY);
        return new ScaleRows.Request(id, organisation, texts.requestTitle(form, cause, english),
                texts.requestDescription(english), form, cause, skillCodes, group[0], group[1], kind.code(), start, end,
                kind == DateKind.RECURRING ? texts.recurrence(english) : "", remote, organisation.municipality(),
                organisation.province(), vog, texts.accessibility(english), status, created, updated, facts);
    }

    private LocalDate end(DateKind kind, LocalDate start) {
        return switch (kind) {
            case ONE_DAY -> start;
            case PERIOD -> start.plusDays(shapes.between(14, 120));
            case RECURRING -> start.plusDays(shapes.between(90, 365));
        };
    }

    ScaleRows.Offer offer(ScaleRows.Party company, ScaleRows.Company profile) {
        String form = shapes.chance(40) ? shapes.pick(Vocabulary.split(profile.forms())) : shapes.form();
        int group = shapes.groupSize(form);
        boolean expert = ScaleShapes.expert(form);
        boolean remoteOk = shapes.chance(expert ? 60 : 10);
        boolean onSiteOk = !remoteOk || shapes.chance(70);
        // Mostly the causes the company cares for, sometimes one more.
        List<String> companyCauses = Vocabulary.split(profile.causes());
        List<String> causes = new java.util.ArrayList<>();
        for (int i = shapes.between(2, 4); i > 0; i--) {
            causes.add(shapes.chance(70) ? shapes.pick(companyCauses) : shapes.cause());
        }
        List<String> companyProvinces = Vocabulary.split(profile.provinces());
        List<String> provinces = new java.util.ArrayList<>();
        if (onSiteOk) {
            provinces.add(company.province());
            for (String p : companyProvinces) if (shapes.chance(60)) provinces.add(p);
        }
        String status = status();
        LocalDate from;
        LocalDate until;
        if ("closed".equals(status)) {
            from = today.minusDays(shapes.between(60, 500));
            until = from.plusDays(shapes.between(30, 240));
            if (!until.isBefore(today)) until = today.minusDays(shapes.between(1, 30));
            if (until.isBefore(from)) from = until;
        } else {
            from = today.plusDays(shapes.between(-120, 240));
            until = from.plusDays(shapes.between(30, 240));
            if (until.isBefore(today.plusDays(7))) until = today.plusDays(shapes.between(7, 90));
        }
        boolean vog = shapes.chance(70);
        Instant created = created(from);
        Instant updated = "open".equals(status) && !shapes.chance(20) ? created : between(created, now);
        String id = generation.id();
        String causeCodes = Vocabulary.join(Vocabulary.CAUSES, causes);
        String skillCodes = Vocabulary.join(Vocabulary.SKILLS, shapes.skills(form, shapes.between(1, 5)));
        String provinceCodes = Vocabulary.join(Vocabulary.PROVINCES, provinces);
        Facts.OfOffer facts = Facts.offer(id, company.id(), Facts.mask(Vocabulary.SKILLS, skillCodes),
                Facts.mask(Vocabulary.CAUSES, causeCodes), form, group, from, until, remoteOk, onSiteOk,
                Facts.mask(Vocabulary.PROVINCES, provinceCodes), vog);
        return new ScaleRows.Offer(id, company, texts.offerTitle(form, company.english()),
                texts.offerDescription(company.english()), form, causeCodes, skillCodes, group, from, until, remoteOk,
                onSiteOk, provinceCodes, vog, status, created, updated, facts);
    }

    /** Posted a week to ten weeks before its first day, and before now. */
    private Instant created(LocalDate first) {
        Instant beforeStart = someTimeOn(first.minusDays(shapes.between(7, 75)));
        Instant recent = now.minus(Duration.ofMinutes(shapes.between(60, 60 * 24 * 60)));
        return beforeStart.isBefore(recent) ? beforeStart : recent;
    }

    private Instant past(Duration within) {
        return now.minusSeconds((long) (random.nextDouble() * within.toSeconds()));
    }

    /** A moment between the two (the first when they are the wrong way round). */
    Instant between(Instant from, Instant to) {
        if (!to.isAfter(from)) return from;
        return from.plusMillis((long) (random.nextDouble() * (to.toEpochMilli() - from.toEpochMilli())));
    }

    /** A moment in office hours on the day. */
    Instant someTimeOn(LocalDate day) {
        return day.atTime(shapes.between(8, 17), shapes.between(0, 59)).atZone(AMSTERDAM).toInstant();
    }

    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(AMSTERDAM).toInstant();
    }
}
