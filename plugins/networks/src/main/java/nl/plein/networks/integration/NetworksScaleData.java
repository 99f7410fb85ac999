package nl.plein.networks.integration;

import java.util.List;
import nl.plein.api.PluginContext;
import nl.plein.api.hooks.ScaleData;
import nl.plein.networks.Networks;

/**
 * The networks' part of the national-scale data ({@code plein.jar generate --scale national}): 40 spaces with member
 * organisations and their people from core's generated ones ({@link ScaleSpaces}), 50,000 posts in threads
 * ({@link ScaleDiscussions}), meetings with minutes ({@link ScaleMeetings}), documents ({@link ScaleDocuments}) and the
 * programmes' trajectories ({@link ScaleProgrammes}); the activity log the front pages read ({@link ScaleActivity}).
 * About 10,000 people read the daily digest; the last one went out yesterday at 7:00 and every space has new posts
 * since. Everything is planned in memory from the generation's random, ids and "now", then written in batches; what
 * people search for goes into the full-text index in the same transactions, as the pages put it there.
 *
 * <p>For the benchmark suite: the front page and the threads of the biggest space and its thread with about 200
 * replies, each as one of its members; the digest's job kind and what "run now" does with it.
 */
public final class NetworksScaleData implements ScaleData {

    /** The plugin's main tables, counted into the manifest after generating. */
    static final List<String> TABLES = List.of("networks_spaces", "networks_organisations", "networks_members",
            "networks_notification_settings", "networks_threads", "networks_posts", "networks_follows",
            "networks_reports", "networks_activity", "networks_meetings", "networks_agenda_items", "networks_rsvps",
            "networks_minutes", "networks_actions", "networks_decisions", "networks_folders", "networks_documents",
            "networks_document_versions", "networks_trajectories", "networks_monitoring_notes",
            "networks_join_requests", "networks_invitations");

    private final Networks networks;

    public NetworksScaleData(Networks networks) {
        this.networks = networks;
    }

    @Override
    public void generate(Generation generation) {
        PluginContext context = networks.context();
        ScaleText text = new ScaleText(generation.random());
        ScaleActivity activity = new ScaleActivity(generation);
        ScaleSpaces spaces = new ScaleSpaces(generation);
        spaces.plan();
        ScaleMeetings meetings = new ScaleMeetings(generation, text);
        meetings.plan(spaces.spaces, generation.people(), activity);
        ScaleDiscussions discussions = new ScaleDiscussions(generation, text);
        discussions.plan(spaces.spaces, activity);
        ScaleDocuments documents = new ScaleDocuments(generation, text);
        documents.plan(spaces.spaces, meetings.meetings, activity);
        ScaleProgrammes programmes = new ScaleProgrammes(generation, text);
        programmes.plan(spaces.spaces, activity);

        ScaleWriter writer = new ScaleWriter(context.jdbi(), generation);
        spaces.write(writer);
        discussions.write(writer, networks.searchIndex());
        meetings.write(writer);
        documents.write(writer, networks.searchIndex(), context.uploads());
        programmes.write(writer);
        activity.write(writer);

        ScaleSpace big = spaces.big();
        String member = benchmarkMember(spaces);
        String base = "/networks/spaces/" + big.id;
        generation.benchmarkPage("front page of the biggest space", base, member);
        generation.benchmarkPage("threads of the biggest space", base + "/threads", member);
        generation.benchmarkPage("thread with ~200 replies", base + "/threads/" + discussions.longThread, member);
        notes(generation, spaces, discussions);
    }

    /**
     * A plain member of the biggest space who reads the digest and has been there before, so the front page shows what
     * changed since their last visit.
     */
    private static String benchmarkMember(ScaleSpaces spaces) {
        ScaleSpace big = spaces.big();
        java.util.Set<String> digest = spaces.settings.stream()
                .filter(s -> s.spaceId().equals(big.id) && s.mode().equals("digest"))
                .map(ScaleSpaces.Setting::personId).collect(java.util.stream.Collectors.toSet());
        return big.members.stream()
                .filter(m -> m.role().equals("member") && m.lastVisitAt() != null && digest.contains(m.personId()))
                .findFirst().or(() -> big.members.stream().filter(m -> m.role().equals("member")).findFirst())
                .orElse(big.members.get(0)).personId();
    }

    private void notes(Generation generation, ScaleSpaces spaces, ScaleDiscussions discussions) {
        generation.note("digest.kind", "networks.digest");
        generation.note("digest.runNow", """
                POST /admin/jobs/{id}/run on the pending networks.digest job (key: its date D, due at 7:00 Amsterdam \
                on D) runs the digest of D at once: it first plans D+1 at 7:00, then mails every digest reader of \
                every space one letter with what is new since their previous digest (digest_sent_until) up to 7:00 \
                on D or, when run earlier, up to now, and moves digest_sent_until there. What is written after an \
                early run is in D+1's digest. Running the same date again sends nothing (one mail per person, space \
                and date).""");
        generation.note("digest.since", spaces.settings.stream().filter(s -> s.mode().equals("digest"))
                .map(ScaleSpaces.Setting::sentUntil).findFirst().map(at -> java.time.Instant.ofEpochMilli(at).toString())
                .orElse(""));
        long since = spaces.settings.stream().filter(s -> s.mode().equals("digest"))
                .mapToLong(ScaleSpaces.Setting::sentUntil).findFirst().orElse(0);
        generation.note("digest.readers", spaces.settings.stream().filter(s -> s.mode().equals("digest")).count());
        generation.note("digest.people", spaces.settings.stream().filter(s -> s.mode().equals("digest"))
                .map(ScaleSpaces.Setting::personId).distinct().count());
        generation.note("digest.newPosts", discussions.posts.stream()
                .filter(p -> p.createdAt() > since && !p.removed()).count());
        generation.note("biggestSpace", spaces.big().id);
        generation.note("longThread", discussions.longThread);
        networks.context().jdbi().useHandle(h -> {
            for (String table : TABLES) {
                generation.note("rows." + table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
        });
    }
}
