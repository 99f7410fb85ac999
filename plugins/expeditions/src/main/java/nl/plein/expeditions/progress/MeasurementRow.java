package nl.plein.expeditions.progress;

import java.util.List;
import nl.plein.expeditions.expedition.TargetGroup;

/** A row of the table of recorded measurements: one target group, its figures per recorded moment (null: none). */
public record MeasurementRow(TargetGroup targetGroup, List<Measurement> byMoment) {
}
