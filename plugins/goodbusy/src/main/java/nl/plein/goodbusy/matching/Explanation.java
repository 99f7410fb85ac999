package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Messages;

/**
 * A score's reasons in a reader's language: each {@link Reason} as a sentence, and the one-line summary of the issue
 * ("4 of 5 skills, same province, date fits, group of 8 within 6–10"). Arguments that are message keys (the name of
 * a cause or a form) are translated first; dates read "9 maart 2026" / "9 March 2026".
 */
public final class Explanation {

    /** A reason as shown: its sentence and whether it speaks for the match. */
    public record Line(String text, boolean good) {
    }

    private static final String REASON = "goodbusy.reason.";
    private static final String SUMMARY = "goodbusy.matching.summary.";

    /** A formatter per language: making one parses its pattern, and a page shows dozens of dates. */
    private static final Map<Locale, DateTimeFormatter> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Messages messages;
    /** The sentences said so far on one page, by locale, key and arguments; null when not for one page. */
    private final Map<List<Object>, String> said;

    public Explanation(Messages messages) {
        this(messages, null);
    }

    private Explanation(Messages messages, Map<List<Object>, String> said) {
        this.messages = messages;
        this.said = said;
    }

    /**
     * The same explanations for one page view, each distinct sentence formatted once: twenty suggestions say "same
     * province", "VOG arranged" and "score: 85 of 100" over and over, and formatting a message is most of what
     * explaining costs. Not shared between threads: one per view.
     */
    public Explanation forPage() {
        return new Explanation(messages, new HashMap<>());
    }

    /** A message in the locale; on a page, formatted once for the same key and arguments. */
    public String say(Locale locale, String key, Object... args) {
        if (said == null) return messages.get(locale, key, args);
        List<Object> memo = new ArrayList<>(args.length + 2);
        memo.add(locale);
        memo.add(key);
        Collections.addAll(memo, args);
        String text = said.get(memo);
        if (text == null) {
            text = messages.get(locale, key, args);
            said.put(memo, text);
        }
        return text;
    }

    /** Every reason of the score, hard filters first, as sentences. */
    public List<Line> lines(MatchScore score, Locale locale) {
        List<Line> lines = new ArrayList<>(score.reasons().size());
        for (Reason reason : score.reasons()) lines.add(new Line(text(reason, locale), reason.good()));
        return List.copyOf(lines);
    }

    public String text(Reason reason, Locale locale) {
        List<Object> args = reason.args();
        String key = reason.key();  // ranges whose ends are equal ("within 6–6") get their own wording
        if (reason.key().equals(REASON + "group-fits") && args.size() == 3 && args.get(1).equals(args.get(2))) {
            key = "goodbusy.matching.reason.group-fits-exact";
        } else if (reason.key().equals(REASON + "group-split") && args.size() == 5 && args.get(3).equals(args.get(4))) {
            key = "goodbusy.matching.reason.group-split-even";
        }
        return say(locale, key, arguments(args, locale));
    }

    /** "verdeel over 3 data, groepen van 5–6" */
    public String split(Split split, Locale locale) {
        if (split.smallest() == split.largest()) {
            return say(locale, "goodbusy.matching.split-even", split.dates(), split.largest());
        }
        return say(locale, "goodbusy.matching.split", split.dates(), split.smallest(), split.largest());
    }

    /**
     * The one line: skills, region, dates, group — in that order, each as far as the score has a reason for it (a
     * pair that fails a hard filter has no skills or region). The cause, form and VOG are in the full list.
     */
    public String summary(MatchScore score, Locale locale) {
        String skills = null;
        String region = null;
        String dates = null;
        String group = null;
        for (Reason reason : score.reasons()) {
            List<Object> a = reason.args();
            switch (reason.key().substring(reason.key().lastIndexOf('.') + 1)) {
                case "skills" -> skills = part(locale, "skills", a.get(0), a.get(1));
                case "no-skills-asked" -> skills = part(locale, "no-skills");
                case "remote" -> region = part(locale, "remote");
                case "same-province" -> region = part(locale, "same-province");
                case "neighbouring-province" -> region = part(locale, "neighbouring-province");
                case "far" -> region = part(locale, "far");
                case "dates-fit" -> dates = part(locale, "dates-fit");
                case "dates-apart" -> dates = part(locale, "dates-apart");
                case "group-fits" -> group = a.get(1).equals(a.get(2)) ? part(locale, "group-exact", a.get(0))
                        : part(locale, "group-fits", a.get(0), a.get(1), a.get(2));
                case "group-split" -> group = part(locale, "group-split", a.get(0), a.get(2));
                case "group-too-small" -> group = part(locale, "group-too-small", a.get(0), a.get(1));
                // After "too small" when both hold: a capacity below the minimum is what no company can change.
                case "capacity-below-minimum" -> group = part(locale, "capacity-below-minimum", a.get(0), a.get(1));
                case "group-one-day" -> group = part(locale, "group-one-day", a.get(0));
                case "group-split-too-small" -> group = part(locale, "group-split-too-small", a.get(0));
                case "group-split-too-few-days" -> group = part(locale, "group-split-too-few-days", a.get(0),
                        a.get(2), a.get(3));
                default -> {
                }
            }
        }
        List<String> parts = new ArrayList<>(4);
        for (String part : new String[] {skills, region, dates, group}) if (part != null) parts.add(part);
        return String.join(", ", parts);
    }

    private String part(Locale locale, String name, Object... args) {
        return say(locale, SUMMARY + name, args);
    }

    private Object[] arguments(List<Object> args, Locale locale) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof LocalDate date) {
                shown[i] = DATES.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("d MMMM yyyy", l))
                        .format(date);
            } else if (arg instanceof String text && text.startsWith("goodbusy.")) {
                // A code the request does not have ("goodbusy.cause.") has no message: say nothing rather than "??".
                shown[i] = text.endsWith(".") ? "" : say(locale, text);
            } else {
                shown[i] = arg;
            }
        }
        return shown;
    }
}
