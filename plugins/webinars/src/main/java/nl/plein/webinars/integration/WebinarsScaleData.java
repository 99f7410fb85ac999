package nl.plein.webinars.integration;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.plein.api.hooks.ScaleData;
import nl.plein.webinars.calendar.CalendarRoutes;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Kennisboostweken at national scale: 20 weeks (the older ones past, with recordings, attendance and evaluations; the
 * newer ones coming, the last a draft), 400 sessions spread unevenly over them, 150 speakers drawn from core's
 * invented people, and 200,000 registrations by generated people — popular sessions full with a waiting list, most
 * partly filled, some cancelled again. Each session's registrations are played in time order by
 * {@link RegistrationHistory}, so seats, waiting lists, arrival numbers and revisions are what registering through
 * the pages would have left.
 *
 * <p>For the suite: the programme page of the busiest coming week, anonymously and as a participant with places in
 * it; and the registration burst: a coming session with exactly 500 seats and nobody registered, and 1,000 people to
 * press "register". Reminders are not written here: the plugin plans them for every coming session when Plein starts
 * (job kind {@code session-reminder}).
 */
public final class WebinarsScaleData implements ScaleData {

    static final int WEEKS = 20;
    /** A small programme still has a past, a coming and a draft week. */
    static final int MIN_WEEKS = 3;
    static final int SESSIONS = 400;
    static final int REGISTRATIONS = 200_000;
    static final int SPEAKERS = 150;
    static final int MIN_SPEAKERS = 6;
    static final int ORGANISERS = 12;
    static final int BURST_SEATS = 500;
    static final int BURST_PEOPLE = 1_000;
    static final String ORGANISER_ROLE = "webinars.organiser";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int BATCH = 4_000;
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final LocalTime[] SLOTS = {LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(11, 0),
            LocalTime.of(12, 0), LocalTime.of(12, 30), LocalTime.of(14, 0), LocalTime.of(15, 30), LocalTime.of(16, 0),
            LocalTime.of(19, 30), LocalTime.of(20, 0)};
    private static final int[] MINUTES = {45, 60, 60, 60, 90};

    private final Jdbi jdbi;

    public WebinarsScaleData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void generate(Generation generation) {
        new Run(generation).run();
    }

    // ---- what is planned in memory before anything is written

    private record SpeakerPlan(String id, int person, String name, String organisation, String bio, String kind,
                               long createdAt) {
    }

    private record WeekPlan(String id, String theme, String description, List<String> topics, LocalDate monday,
                            boolean past, boolean published, long createdAt) {
    }

    /** A session; {@code demand} is how many people register for it, {@code rows} what became of them. */
    private static final class SessionPlan {
        final int week;
        String id;
        String title;
        String summary;
        String language;
        long startsAt;
        long endsAt;
        List<String> topics;
        List<SpeakerPlan> speakers;
        String host;
        int capacity;
        boolean captions;
        boolean signLanguage;
        boolean transcript;
        String note;
        String status = "planned";
        int sequence;
        String recordingUrl;
        Long publishedAt;
        long createdAt;
        long updatedAt;
        double popularity;
        int demand;
        boolean full;
        List<RegistrationHistory.Row> rows = List.of();
        Boolean[] attended;

        SessionPlan(int week) {
            this.week = week;
        }

        /** Registrations that ended in this status: the session's counters. */
        int count(String status) {
            return (int) rows.stream().filter(r -> r.status().equals(status)).count();
        }
    }

    private final class Run {

        private final Generation g;
        private final Random random;
        private final List<Person> people;
        private final long now;
        private final LocalDate today;
        private final List<String> organisers = new ArrayList<>();
        private final List<SpeakerPlan> speakers = new ArrayList<>();
        private final List<WeekPlan> weeks = new ArrayList<>();
        private final List<SessionPlan> sessions = new ArrayList<>();

        Run(Generation g) {
            this.g = g;
            this.random = g.random();
            this.people = g.people();
            this.now = g.now().toEpochMilli();
            this.today = LocalDate.ofInstant(g.now(), AMSTERDAM);
        }

        void run() {
            planOrganisersAndSpeakers();
            planWeeks();
            planSessions();
            int busiest = busiestComingWeek();
            SessionPlan burst = burstSession();
            planRegistrations(burst);

            writeSpeakers();
            writeWeeksAndSessions();
            writeRegistrations();
            writeEvaluations();

            describe(busiest, burst);
        }

        // ---- plan

        private void planOrganisersAndSpeakers() {
            int organiserCount = Math.max(2, g.scale().of(ORGANISERS));
            int[] chosen = sample(organiserCount + Math.max(MIN_SPEAKERS, g.scale().of(SPEAKERS)));
            for (int i = 0; i < organiserCount; i++) organisers.add(people.get(chosen[i]).id());
            for (int i = organiserCount; i < chosen.length; i++) {
                Person person = people.get(chosen[i]);
                String organisation = g.organisations().get(person.organisationIndex()).name();
                boolean lived = random.nextDouble() < 0.35;
                List<String> bios = lived ? ScaleTexts.BIOS_LIVED : ScaleTexts.BIOS_EXPERT;
                speakers.add(new SpeakerPlan(g.id(), chosen[i], person.displayName(), organisation,
                        String.format(Locale.ROOT, pick(bios), organisation), lived ? "lived-experience" : "expert",
                        now - (120 + random.nextInt(300)) * DAY));
            }
        }

        private void planWeeks() {
            int count = Math.max(MIN_WEEKS, g.scale().of(WEEKS));
            int past = count * 3 / 5;
            int coming = count - past;
            List<ScaleTexts.Theme> themes = new ArrayList<>(ScaleTexts.THEMES);
            Collections.shuffle(themes, random);

            List<LocalDate> mondays = new ArrayList<>();
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1 + random.nextInt(2));
            for (int i = 0; i < past; i++) {
                mondays.add(0, monday);
                monday = monday.minusWeeks(2 + random.nextInt(3));
            }
            monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(random.nextInt(2));
            for (int i = 0; i < coming; i++) {
                mondays.add(monday);
                monday = monday.plusWeeks(2 + random.nextInt(3));
            }
            for (int i = 0; i < count; i++) {
                ScaleTexts.Theme theme = themes.get(i % themes.size());
                String name = theme.theme() + (i >= themes.size() ? " (" + (i / themes.size() + 1) + ")" : "");
                boolean isPast = i < past;
                // The last week to come is still being prepared: a draft only organisers see.
                boolean published = isPast || coming < 2 || i < count - 1;
                long announced = millis(mondays.get(i), LocalTime.of(10, 0)) - (21 + random.nextInt(40)) * DAY;
                if (announced > now - DAY) announced = now - DAY - random.nextInt(10 * 24) * HOUR;
                weeks.add(new WeekPlan(g.id(), name, theme.description(), theme.topics(), mondays.get(i), isPast,
                        published, announced));
            }
        }

        private void planSessions() {
            // At least one a week: the burst's session lives in the last published one, however small the scale.
            int total = Math.max(weeks.size(), g.scale().of(SESSIONS));
            double[] weights = new double[weeks.size()];
            int firstComing = firstComingWeek();
            for (int w = 0; w < weeks.size(); w++) {
                // Week sizes vary; the first coming week is the big national one, a draft is still thin.
                weights[w] = Math.exp(random.nextGaussian() * 0.35);
                if (w == firstComing) weights[w] *= 2.2;
                if (!weeks.get(w).published()) weights[w] *= 0.5;
            }
            int[] counts = plusOne(spread(total - weeks.size(), weights, Integer.MAX_VALUE));
            for (int w = 0; w < weeks.size(); w++) {
                List<SessionPlan> ofWeek = new ArrayList<>();
                Set<String> titles = new HashSet<>();
                for (int i = 0; i < counts[w]; i++) ofWeek.add(session(w, titles));
                ofWeek.sort(Comparator.comparingLong((SessionPlan s) -> s.startsAt).thenComparing(s -> s.title));
                for (SessionPlan s : ofWeek) {
                    s.id = g.id();
                    if (s.status.equals("recorded")) {
                        s.recordingUrl = "https://video.example.org/kennisboost/" + slug(s.title) + "-" + s.id.substring(0, 8);
                    }
                }
                sessions.addAll(ofWeek);
            }
        }

        private SessionPlan session(int w, Set<String> titlesOfWeek) {
            WeekPlan week = weeks.get(w);
            SessionPlan s = new SessionPlan(w);
            ScaleTexts.Title title = title(week, titlesOfWeek);
            s.title = title.title();
            s.language = title.language();
            boolean english = "en".equals(s.language);
            s.summary = title.summary() + " " + pick(english ? ScaleTexts.CLOSINGS_EN : ScaleTexts.CLOSINGS_NL);
            LinkedHashSet<String> topics = new LinkedHashSet<>(title.topics());
            if (random.nextDouble() < 0.3) topics.add(pick(week.topics()));
            s.topics = List.copyOf(new ArrayList<>(topics).subList(0, Math.min(3, topics.size())));

            LocalDate day = week.monday().plusDays(random.nextInt(5));
            s.startsAt = millis(day, SLOTS[random.nextInt(SLOTS.length)]);
            s.endsAt = s.startsAt + MINUTES[random.nextInt(MINUTES.length)] * MINUTE;

            int speakerCount = random.nextDouble() < 0.55 ? 1 : random.nextDouble() < 0.78 ? 2 : 3;
            LinkedHashSet<SpeakerPlan> who = new LinkedHashSet<>();
            // A few speakers are asked again and again; most speak once or twice.
            while (who.size() < Math.min(speakerCount, speakers.size())) {
                who.add(speakers.get((int) (speakers.size() * Math.pow(random.nextDouble(), 1.7))));
            }
            s.speakers = new ArrayList<>(who);
            s.host = random.nextDouble() < 0.85 ? pick(organisers) : people.get(s.speakers.get(0).person()).id();

            s.captions = random.nextDouble() < 0.6;
            s.signLanguage = s.topics.contains("mensen met een beperking") || random.nextDouble() < 0.08;
            s.transcript = random.nextDouble() < 0.35;
            s.note = s.signLanguage ? (english ? "With a sign language interpreter (NGT)." : "Met een tolk Nederlandse Gebarentaal.")
                    : s.captions && random.nextDouble() < 0.3 ? (english ? "Live captions: use the CC button."
                    : "Live ondertiteling via de knop CC.") : "";

            long latestCreation = Math.min(s.startsAt, now) - HOUR;
            s.createdAt = Math.min(week.createdAt() + random.nextInt(72) * HOUR, latestCreation);
            s.updatedAt = s.createdAt;
            if (week.past()) {
                double u = random.nextDouble();
                if (u < 0.04) cancel(s, s.startsAt - (1 + random.nextInt(7 * 24)) * HOUR);
                else if (u < 0.9) {
                    s.status = "recorded";
                    s.publishedAt = Math.min(s.endsAt + (1 + random.nextInt(72)) * HOUR, now - HOUR);
                    s.updatedAt = s.publishedAt;
                }
            } else if (week.published() && random.nextDouble() < 0.03) {
                cancel(s, s.createdAt + (long) ((now - s.createdAt) * random.nextDouble()));
            }
            if (!s.status.equals("cancelled") && random.nextDouble() < 0.12) s.sequence = 1;  // moved once
            s.popularity = Math.exp(random.nextGaussian() * 0.8);
            return s;
        }

        private void cancel(SessionPlan s, long at) {
            s.status = "cancelled";
            s.sequence = 1;
            s.updatedAt = Math.max(s.createdAt + MINUTE, Math.min(at, now - MINUTE));
        }

        private ScaleTexts.Title title(WeekPlan week, Set<String> titlesOfWeek) {
            ScaleTexts.Title chosen = null;
            for (int attempt = 0; attempt < 12; attempt++) {
                ScaleTexts.Title t = pick(ScaleTexts.TITLES);
                boolean fits = t.topics().stream().anyMatch(week.topics()::contains);
                if ((fits || attempt >= 8) && !titlesOfWeek.contains(t.title())) {
                    chosen = t;
                    break;
                }
            }
            // A big week: any title not used yet in it; only past them all does a title come round again.
            int offset = random.nextInt(ScaleTexts.TITLES.size());
            for (int i = 0; chosen == null && i < ScaleTexts.TITLES.size(); i++) {
                ScaleTexts.Title t = ScaleTexts.TITLES.get((offset + i) % ScaleTexts.TITLES.size());
                if (!titlesOfWeek.contains(t.title())) chosen = t;
            }
            if (chosen == null) {
                ScaleTexts.Title t = ScaleTexts.TITLES.get(offset);
                chosen = new ScaleTexts.Title(t.title() + (t.language().equals("en") ? ", part " : ", deel ")
                        + (titlesOfWeek.size() / ScaleTexts.TITLES.size() + 1), t.summary(), t.language(), t.topics());
            }
            titlesOfWeek.add(chosen.title());
            return chosen;
        }

        /** The coming published week with the most sessions (then registrations): the busiest programme page. */
        private int busiestComingWeek() {
            int best = -1;
            long bestScore = -1;
            for (int w = 0; w < weeks.size(); w++) {
                if (weeks.get(w).past() || !weeks.get(w).published()) continue;
                int w0 = w;
                long score = sessions.stream().filter(s -> s.week == w0).count();
                if (score > bestScore) {
                    best = w;
                    bestScore = score;
                }
            }
            return best;
        }

        /**
         * The burst's session: in the last published week to come (registration has only just opened there), exactly
         * 500 seats, nobody registered yet, not cancelled and not moved.
         */
        private SessionPlan burstSession() {
            int week = -1;
            for (int w = 0; w < weeks.size(); w++) if (!weeks.get(w).past() && weeks.get(w).published()) week = w;
            int w0 = week;
            List<SessionPlan> ofWeek = sessions.stream().filter(s -> s.week == w0).toList();
            SessionPlan burst = ofWeek.get(random.nextInt(ofWeek.size()));
            burst.capacity = BURST_SEATS;
            burst.status = "planned";
            burst.sequence = 0;
            burst.updatedAt = burst.createdAt;
            return burst;
        }

        private void planRegistrations(SessionPlan burst) {
            double[] weights = new double[sessions.size()];
            List<Integer> comingWeeks = new ArrayList<>();
            for (int w = 0; w < weeks.size(); w++) if (!weeks.get(w).past() && weeks.get(w).published()) comingWeeks.add(w);
            for (int i = 0; i < sessions.size(); i++) {
                SessionPlan s = sessions.get(i);
                WeekPlan week = weeks.get(s.week);
                double factor;
                if (s == burst || !week.published()) factor = 0;
                // Registration has been open longer for the nearer weeks.
                else if (!week.past()) factor = 1.0 / (1 + 0.45 * comingWeeks.indexOf(s.week));
                else factor = 1.0;
                if (s.status.equals("cancelled")) factor *= 0.6;
                weights[i] = s.popularity * factor;
            }
            int cap = (int) Math.min(6_000, people.size() * 0.5);
            int[] demand = spread(g.scale().of(REGISTRATIONS), weights, cap);
            for (int i = 0; i < sessions.size(); i++) sessions.get(i).demand = demand[i];
            markFull(burst);

            int[] order = new int[people.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            for (SessionPlan s : sessions) {
                if (s != burst) s.capacity = capacity(s);
                if (s.demand == 0) continue;
                int[] who = partialShuffle(order, s.demand);
                WeekPlan week = weeks.get(s.week);
                // Open from shortly after the session was put in the programme (which is after its week was).
                long close = week.past() ? s.startsAt - 10 * MINUTE : now - MINUTE;
                if (s.status.equals("cancelled")) close = Math.min(close, s.updatedAt);
                long open = s.createdAt + Math.min(HOUR, (close - s.createdAt) / 2);
                s.rows = RegistrationHistory.play(random, who, s.capacity, open, close, 0.05 + 0.07 * random.nextDouble());
                if (week.past() && !s.status.equals("cancelled") && random.nextDouble() < 0.85) markAttendance(s);
            }
        }

        /** The most popular session of each week is full, and about one in six of the others. */
        private void markFull(SessionPlan burst) {
            for (int w = 0; w < weeks.size(); w++) {
                int w0 = w;
                sessions.stream().filter(s -> s.week == w0 && s != burst && s.demand > 0)
                        .max(Comparator.comparingInt((SessionPlan s) -> s.demand)).ifPresent(s -> s.full = true);
            }
            for (SessionPlan s : sessions) if (s != burst && s.demand > 0 && random.nextDouble() < 0.17) s.full = true;
        }

        /** Full sessions: fewer seats than people who stay; the others: room to spare. Round figures, as people set. */
        private int capacity(SessionPlan s) {
            if (s.demand == 0) return round(50 + random.nextInt(450), false);
            if (s.full && s.demand >= 4) {
                double seats = s.demand * (0.55 + 0.3 * random.nextDouble());
                return seats >= 20 ? round(seats, false) : (int) seats;
            }
            int seats = round(s.demand / (0.25 + 0.7 * random.nextDouble()), true);
            return Math.max(seats, s.demand + 1);
        }

        /** The host ticked who came: a share of those with a seat; the rest were no-shows. */
        private void markAttendance(SessionPlan s) {
            double shows = 0.5 + 0.3 * random.nextDouble();
            s.attended = new Boolean[s.rows.size()];
            for (int i = 0; i < s.rows.size(); i++) {
                if (s.rows.get(i).status().equals("registered")) s.attended[i] = random.nextDouble() < shows;
            }
        }

        // ---- write

        private void writeSpeakers() {
            insert("speakers", "INSERT INTO webinars_speakers (id, name, organisation, bio, kind, photo_upload_id, "
                            + "created_at) VALUES (:id, :name, :organisation, :bio, :kind, NULL, :createdAt)", speakers,
                    (b, s) -> b.bind("id", s.id()).bind("name", s.name()).bind("organisation", s.organisation())
                            .bind("bio", s.bio()).bind("kind", s.kind()).bind("createdAt", s.createdAt()));
        }

        private void writeWeeksAndSessions() {
            insert("weeks", "INSERT INTO webinars_weeks (id, theme, description, starts_on, ends_on, published, "
                            + "created_by, created_at) VALUES (:id, :theme, :description, :startsOn, :endsOn, :published, "
                            + ":createdBy, :createdAt)", weeks,
                    (b, w) -> b.bind("id", w.id()).bind("theme", w.theme()).bind("description", w.description())
                            .bind("startsOn", w.monday().toString()).bind("endsOn", w.monday().plusDays(4).toString())
                            .bind("published", w.published()).bind("createdBy", organisers.get(0))
                            .bind("createdAt", w.createdAt()));
            try (Progress progress = g.progress("sessions", sessions.size())) {
                for (List<SessionPlan> chunk : chunks(sessions, 500)) {
                    jdbi.useTransaction(h -> {
                        PreparedBatch rows = h.prepareBatch("""
                                INSERT INTO webinars_sessions (id, week_id, title, summary, starts_at, ends_at, join_url,
                                       capacity, language, captions, sign_language, transcript, accessibility_note, status,
                                       host_person_id, arrivals, sequence, recording_url, slides_upload_id, published_at,
                                       created_at, updated_at, registered_count, waiting_count)
                                VALUES (:id, :week, :title, :summary, :startsAt, :endsAt, :joinUrl, :capacity, :language,
                                       :captions, :signLanguage, :transcript, :note, :status, :host, :arrivals, :sequence,
                                       :recordingUrl, NULL, :publishedAt, :createdAt, :updatedAt, :registered, :waiting)""");
                        PreparedBatch topics = h.prepareBatch(
                                "INSERT INTO webinars_session_topics (session_id, topic) VALUES (:session, :topic)");
                        PreparedBatch speakersOf = h.prepareBatch("INSERT INTO webinars_session_speakers (session_id, "
                                + "speaker_id, position) VALUES (:session, :speaker, :position)");
                        for (SessionPlan s : chunk) {
                            rows.bind("id", s.id).bind("week", weeks.get(s.week).id()).bind("title", s.title)
                                    .bind("summary", s.summary).bind("startsAt", s.startsAt).bind("endsAt", s.endsAt)
                                    .bind("joinUrl", "https://meet.example.org/kennisboost-" + s.id.substring(0, 8))
                                    .bind("capacity", s.capacity).bind("language", s.language)
                                    .bind("captions", s.captions).bind("signLanguage", s.signLanguage)
                                    .bind("transcript", s.transcript).bind("note", s.note).bind("status", s.status)
                                    .bind("host", s.host).bind("arrivals", (long) s.rows.size())
                                    .bind("sequence", s.sequence).bind("recordingUrl", s.recordingUrl)
                                    .bind("publishedAt", s.publishedAt).bind("createdAt", s.createdAt)
                                    .bind("updatedAt", s.updatedAt).bind("registered", s.count("registered"))
                                    .bind("waiting", s.count("waiting")).add();
                            for (String topic : s.topics) topics.bind("session", s.id).bind("topic", topic).add();
                            for (int p = 0; p < s.speakers.size(); p++) {
                                speakersOf.bind("session", s.id).bind("speaker", s.speakers.get(p).id())
                                        .bind("position", p).add();
                            }
                        }
                        rows.execute();
                        topics.execute();
                        speakersOf.execute();
                    });
                    progress.advance(chunk.size());
                }
            }
        }

        private record RegistrationRow(String session, String person, RegistrationHistory.Row row, Boolean attended) {
        }

        private void writeRegistrations() {
            List<RegistrationRow> all = new ArrayList<>();
            for (SessionPlan s : sessions) {
                for (int i = 0; i < s.rows.size(); i++) {
                    RegistrationHistory.Row row = s.rows.get(i);
                    all.add(new RegistrationRow(s.id, people.get(row.person()).id(), row,
                            s.attended == null ? null : s.attended[i]));
                }
            }
            insert("registrations", """
                            INSERT INTO webinars_registrations (id, session_id, person_id, status, arrival, attended,
                                   created_at, updated_at, revision)
                            VALUES (:id, :session, :person, :status, :arrival, :attended, :createdAt, :updatedAt, :revision)""",
                    all, (b, r) -> b.bind("id", g.id()).bind("session", r.session()).bind("person", r.person())
                            .bind("status", r.row().status()).bind("arrival", r.row().arrival())
                            .bind("attended", r.attended()).bind("createdAt", r.row().createdAt())
                            .bind("updatedAt", r.row().updatedAt()).bind("revision", r.row().revision()));
        }

        private record Evaluation(String session, String person, int score, String comment, long createdAt) {
        }

        /** About one in eight who came fills in the evaluation, mostly kindly, often without a comment. */
        private void writeEvaluations() {
            List<Evaluation> evaluations = new ArrayList<>();
            for (SessionPlan s : sessions) {
                if (s.attended == null) continue;
                for (int i = 0; i < s.rows.size(); i++) {
                    if (!Boolean.TRUE.equals(s.attended[i]) || random.nextDouble() >= 0.12) continue;
                    double u = random.nextDouble();
                    int score = u < 0.4 ? 5 : u < 0.75 ? 4 : u < 0.9 ? 3 : u < 0.97 ? 2 : 1;
                    String comment = random.nextBoolean() ? "" : pick(ScaleTexts.COMMENTS);
                    long at = Math.min(s.endsAt + 10 * MINUTE + random.nextInt(72 * 60) * MINUTE, now - MINUTE);
                    evaluations.add(new Evaluation(s.id, people.get(s.rows.get(i).person()).id(), score, comment, at));
                }
            }
            insert("evaluations", "INSERT INTO webinars_evaluations (session_id, person_id, score, comment, created_at) "
                            + "VALUES (:session, :person, :score, :comment, :createdAt)", evaluations,
                    (b, e) -> b.bind("session", e.session()).bind("person", e.person()).bind("score", e.score())
                            .bind("comment", e.comment()).bind("createdAt", e.createdAt()));
        }

        private <T> void insert(String what, String sql, List<T> rows, BiConsumer<PreparedBatch, T> bind) {
            try (Progress progress = g.progress(what, rows.size())) {
                for (List<T> chunk : chunks(rows, BATCH)) {
                    jdbi.useTransaction(h -> {
                        PreparedBatch batch = h.prepareBatch(sql);
                        for (T row : chunk) {
                            bind.accept(batch, row);
                            batch.add();
                        }
                        batch.execute();
                    });
                    progress.advance(chunk.size());
                }
            }
        }

        // ---- tell the suite

        private void describe(int busiest, SessionPlan burst) {
            for (String organiser : organisers) g.grant(organiser, ORGANISER_ROLE);
            WeekPlan week = weeks.get(busiest);
            String path = "/webinars/weeks/" + week.id();
            g.benchmarkPage("programme of the busiest coming week", path, null);
            int participant = participant(busiest);
            if (participant >= 0) {
                g.benchmarkPage("programme of the busiest coming week, signed in as a participant", path,
                        people.get(participant).id());
                g.note("participant.email", people.get(participant).email());
            }
            g.note("busiest.week", week.id());
            g.note("busiest.sessions", sessions.stream().filter(s -> s.week == busiest).count());
            g.note("busiest.registrations", sessions.stream().filter(s -> s.week == busiest)
                    .mapToLong(s -> s.rows.size()).sum());

            g.note("burst.session", burst.id);
            g.note("burst.path", "/webinars/sessions/" + burst.id + "/register");
            g.note("burst.form", "_csrf");
            g.note("burst.seats", BURST_SEATS);
            g.note("burst.people", burstPeople(participant));

            // Planned when Plein starts (not here): two per coming session, a day and an hour before it.
            g.note("reminders.job", CalendarRoutes.REMINDER_JOB);
            SessionPlan fullest = sessions.stream().filter(s -> s.week == busiest && !s.status.equals("cancelled"))
                    .max(Comparator.comparingInt(s -> s.count("registered")))
                    .orElse(burst);
            g.note("reminders.session", fullest.id);
            g.note("reminders.key", CalendarRoutes.reminderKey(fullest.id, fullest.sequence,
                    Instant.ofEpochMilli(fullest.startsAt), g.now()));

            for (String table : List.of("webinars_weeks", "webinars_sessions", "webinars_registrations",
                    "webinars_speakers", "webinars_session_topics", "webinars_session_speakers", "webinars_evaluations")) {
                g.note("rows." + table, jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class).one()));
            }
        }

        /** Among people who are not organisers, the one with the most places (seats or waiting) in the week. */
        private int participant(int week) {
            Set<String> organiserIds = new HashSet<>(organisers);
            int[] places = new int[people.size()];
            for (SessionPlan s : sessions) {
                if (s.week != week) continue;
                for (RegistrationHistory.Row row : s.rows) if (!row.status().equals("cancelled")) places[row.person()]++;
            }
            int best = -1;
            for (int p = 0; p < places.length; p++) {
                if (places[p] > 0 && !organiserIds.contains(people.get(p).id()) && (best < 0 || places[p] > places[best])) {
                    best = p;
                }
            }
            return best;
        }

        /** 1,000 people who press "register" at once; none organises (their answer differs) or is the participant. */
        private List<String> burstPeople(int participant) {
            Set<String> organiserIds = new HashSet<>(organisers);
            int[] order = new int[people.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            List<String> emails = new ArrayList<>();
            for (int index : partialShuffle(order, order.length)) {
                if (emails.size() == BURST_PEOPLE) break;
                if (index == participant || organiserIds.contains(people.get(index).id())) continue;
                emails.add(people.get(index).email());
            }
            return emails;
        }

        // ---- helpers

        private int firstComingWeek() {
            for (int w = 0; w < weeks.size(); w++) if (!weeks.get(w).past()) return w;
            return weeks.size() - 1;
        }

        /** {@code n} distinct people indexes: a partial Fisher–Yates on the shared permutation. */
        private int[] partialShuffle(int[] order, int n) {
            for (int i = 0; i < n; i++) {
                int j = i + random.nextInt(order.length - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return Arrays.copyOf(order, n);
        }

        private int[] sample(int n) {
            int[] order = new int[people.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            return partialShuffle(order, Math.min(n, order.length));
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private long millis(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(AMSTERDAM).toInstant().toEpochMilli();
        }
    }

    /**
     * Shares {@code total} out in proportion to the weights, at most {@code cap} each (what does not fit goes to the
     * others); a weight of 0 gets nothing. Exact: the shares add up to the total unless every share is capped.
     */
    static int[] spread(int total, double[] weights, int cap) {
        int[] out = new int[weights.length];
        long left = total;
        while (left > 0) {
            double sum = 0;
            for (int i = 0; i < weights.length; i++) if (weights[i] > 0 && out[i] < cap) sum += weights[i];
            if (sum == 0) break;
            long given = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] <= 0 || out[i] >= cap) continue;
                int add = (int) Math.min(cap - out[i], Math.floor(left * weights[i] / sum));
                out[i] += add;
                given += add;
            }
            left -= given;
            if (given == 0) {
                // The last few, one each, heaviest first.
                Integer[] order = new Integer[weights.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> i));
                for (int i : order) {
                    if (left == 0) break;
                    if (weights[i] > 0 && out[i] < cap) {
                        out[i]++;
                        left--;
                    }
                }
            }
        }
        return out;
    }

    private static <T> List<List<T>> chunks(List<T> rows, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += size) chunks.add(rows.subList(i, Math.min(rows.size(), i + size)));
        return chunks;
    }

    private static int[] plusOne(int[] counts) {
        for (int i = 0; i < counts.length; i++) counts[i]++;
        return counts;
    }

    /** A figure people would type: tens below 100, 25s below 500, else 50s. */
    private static int round(double seats, boolean up) {
        int step = seats < 100 ? 10 : seats < 500 ? 25 : 50;
        double steps = seats / step;
        return (int) Math.max(step, (up ? Math.ceil(steps) : Math.floor(steps)) * step);
    }

    static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-|-$", "");
    }
}
