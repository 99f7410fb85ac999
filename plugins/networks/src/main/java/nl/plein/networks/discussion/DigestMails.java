package nl.plein.networks.discussion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Mail;
import nl.plein.api.PluginContext;
import nl.plein.networks.space.Spaces;

/**
 * The digest's mails of one date: one per person per space, in the recipient's language (the outbox renders each in
 * theirs), with per thread its title, whether it is new, how many new posts it has and the newest few quoted as plain
 * text. The authors' names are looked up once per space.
 */
final class DigestMails {

    private final PluginContext context;
    private final Spaces spaces;
    private final Mail mail;
    private final LocalDate date;
    private final String baseUrl;

    DigestMails(PluginContext context, Spaces spaces, LocalDate date) {
        this.context = context;
        this.spaces = spaces;
        this.mail = context.mail();
        this.date = date;
        this.baseUrl = context.baseUrl().toString().replaceAll("/+$", "");
    }

    /** Queues the letters of one space; returns how many. */
    int send(String spaceId, List<DigestContent.Letter> letters) {
        String spaceName = spaces.find(spaceId).map(s -> s.name()).orElse("");
        Map<String, String> names = authorNames(letters);
        String base = baseUrl + "/networks/spaces/" + spaceId;
        // Many letters quote the same posts: each quote is made once per space.
        Map<String, Map<String, Object>> quoted = new HashMap<>();
        for (DigestContent.Letter letter : letters) {
            List<Map<String, Object>> topics = new ArrayList<>(letter.items().size());
            for (DigestContent.Item item : letter.items()) {
                List<Map<String, Object>> quotes = new ArrayList<>(item.newest().size());
                for (DigestContent.NewPost post : item.newest()) {
                    quotes.add(quoted.computeIfAbsent(post.id(), id -> Map.of(
                            "author", names.getOrDefault(String.valueOf(post.authorId()), ""),
                            "at", Instant.ofEpochMilli(post.createdAt()), "text", excerpt(post.excerpt()))));
                }
                Map<String, Object> topic = new HashMap<>();
                topic.put("title", item.title());
                topic.put("newTopic", item.newTopic());
                topic.put("newPosts", item.newPosts());
                topic.put("quotes", quotes);
                topic.put("url", base + "/threads/" + item.topicId() + "?page=" + item.lastPage());
                topics.add(topic);
            }
            Map<String, Object> model = new HashMap<>();
            model.put("spaceName", spaceName);
            model.put("topics", topics);
            model.put("more", letter.more());
            model.put("threadsUrl", base + "/threads");
            model.put("settingsUrl", base + "/notifications");
            mail.toPerson(letter.personId(), "networks.discussion.mail.digest.subject",
                    "networks/mail/discussion-digest", model,
                    "discussion-digest-" + date + "-" + spaceId + "-" + letter.personId());
        }
        return letters.size();
    }

    private Map<String, String> authorNames(List<DigestContent.Letter> letters) {
        Set<String> authors = new HashSet<>();
        for (DigestContent.Letter letter : letters) {
            for (DigestContent.Item item : letter.items()) {
                for (DigestContent.NewPost post : item.newest()) {
                    if (post.authorId() != null) authors.add(post.authorId());
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        context.directory().people(authors).forEach((id, person) -> names.put(id, person.displayName()));
        return names;
    }

    /**
     * The start of a post on one line: the Markdown source as typed, which reads fine as plain text. The database
     * hands one character more than is quoted, to tell whether there is more.
     */
    static String excerpt(String text) {
        if (text == null) return "";
        boolean longer = text.length() > DigestContent.EXCERPT;
        String line = text.replaceAll("\\s+", " ").strip();
        if (!longer && line.length() <= DigestContent.EXCERPT) return line;
        return line.substring(0, Math.min(line.length(), DigestContent.EXCERPT)).stripTrailing() + "…";
    }
}
