package nl.plein.expeditions.progress;

/** The new faces an organisation counted at one moment, over all target groups, and how many stayed. */
public record MomentTotal(Moment moment, int newVolunteers, int retained) {
}
