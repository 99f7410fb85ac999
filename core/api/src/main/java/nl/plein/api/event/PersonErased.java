package nl.plein.api.event;

/** Published after a person's account and personal data were erased. */
public record PersonErased(String personId) {
}
