package nl.plein.webinars.programme;

/** Someone who speaks in sessions; the photo is an upload of this plugin, or null. */
public record Speaker(String id, String name, String organisation, String bio, SpeakerKind kind,
                      String photoUploadId) {
}
