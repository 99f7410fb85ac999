package nl.plein.networks.discussion;

/** A thread as the list shows it: with who wrote its last post. */
public record TopicRow(Topic topic, String lastAuthorId) {
}
