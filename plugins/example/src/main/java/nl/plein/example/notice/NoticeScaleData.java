package nl.plein.example.notice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.plein.api.hooks.ScaleData;

/**
 * The noticeboard at scale: 5,000 notices nationally, by generated people of their organisations, over the past year.
 * Shows plugin authors the whole of {@link ScaleData}: scaled figures, the seeded random, ids and time, batches with
 * progress, the page the benchmark suite measures and a note.
 */
public final class NoticeScaleData implements ScaleData {

    static final int NATIONAL_NOTICES = 5_000;
    private static final int BATCH = 2_000;
    private static final List<String> WHAT = List.of("Gezocht: maatjes voor", "Kennissessie over", "Tip:",
            "Terugblik op", "Wanted: volunteers for", "Nieuw in de wijk:", "Oproep:");
    private static final List<String> TOPIC = List.of("de taalcafés", "jongeren werven via school",
            "een proefdag voor nieuwe vrijwilligers", "de burendag", "the repair café", "de voedselbank op zaterdag",
            "vervoer naar het ziekenhuis", "het oud papier", "de open tuinendag", "digitale hulp voor ouderen");

    private final NoticeRepository notices;

    public NoticeScaleData(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public void generate(Generation generation) {
        Random random = generation.random();
        List<Person> people = generation.people();
        List<Organisation> organisations = generation.organisations();
        int count = generation.scale().of(NATIONAL_NOTICES);
        try (Progress progress = generation.progress("notices", count)) {
            List<Notice> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < count; i++) {
                Person author = people.get(random.nextInt(people.size()));
                String organisation = organisations.get(author.organisationIndex()).name();
                String topic = TOPIC.get(random.nextInt(TOPIC.size()));
                String title = WHAT.get(random.nextInt(WHAT.size())) + " " + topic;
                String body = organisation + " zoekt mensen die willen helpen met " + topic + ". Reageer via "
                        + author.displayName() + ".";
                batch.add(new Notice(generation.id(), author.id(), author.displayName(), title, body,
                        generation.now().minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)))));
                if (batch.size() == BATCH || i == count - 1) {
                    notices.addAll(batch);
                    progress.advance(batch.size());
                    batch.clear();
                }
            }
        }
        generation.benchmarkPage("noticeboard", "/example", null);
        generation.note("rows.example_notices", count);
    }
}
