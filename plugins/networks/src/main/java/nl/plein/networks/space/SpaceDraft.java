package nl.plein.networks.space;

/** A space's own fields as checked by {@link SpaceForm}, ready to store. */
record SpaceDraft(String name, String description, Visibility visibility, SpaceKind kind) {
}
