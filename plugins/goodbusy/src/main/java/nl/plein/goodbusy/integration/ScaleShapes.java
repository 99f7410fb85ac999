package nl.plein.goodbusy.integration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * What Good Busy's content is like, as chances, for generated data: which forms of engagement are common, which skills
 * go with a form, how large groups are, where companies send people. Taken over from the matching benchmark, whose
 * data gave the digest its realistic load (1.7 million good pairs from 10,000 requests and offers).
 */
final class ScaleShapes {

    /** Provinces with a weight close to their population (millions × 10), in {@link Vocabulary#PROVINCES} order. */
    private static final int[] PROVINCE_WEIGHT = {5, 4, 7, 21, 6, 11, 26, 30, 12, 14, 4, 38};
    private static final int PROVINCE_TOTAL = java.util.Arrays.stream(PROVINCE_WEIGHT).sum();

    static final List<String> HANDS = List.of("hands-on", "cooking", "gardening", "maintenance");
    static final List<String> PEOPLE_SKILLS = List.of("coaching", "teaching", "languages", "communication");
    static final List<String> EXPERT = List.of("finance", "it", "marketing", "legal", "hr", "strategy",
            "project-management", "design", "communication");
    /** Causes where work with vulnerable people often asks for a VOG. */
    static final Set<String> VOG_CAUSES = Set.of("elderly", "youth", "disability", "care");

    private final Random random;

    ScaleShapes(Random random) {
        this.random = random;
    }

    /** The one seeded stream every generated choice comes from. */
    Random random() {
        return random;
    }

    /** Service days most, then skills-based work, pro bono, a relay, low bono. */
    String form() {
        int n = random.nextInt(100);
        return n < 40 ? "service-day" : n < 65 ? "skills-based" : n < 80 ? "pro-bono" : n < 95 ? "relay" : "low-bono";
    }

    static boolean expert(String form) {
        return !form.equals("service-day") && !form.equals("relay");
    }

    /** Up to {@code n} skills that go with the form: hands for a service day, people skills for a mentor. */
    List<String> skills(String form, int n) {
        List<String> likely = switch (form) {
            case "service-day", "relay" -> HANDS;
            case "skills-based" -> PEOPLE_SKILLS;
            default -> EXPERT;
        };
        Set<String> skills = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            skills.add(random.nextInt(4) == 0 ? pick(Vocabulary.SKILLS) : pick(likely));
        }
        return List.copyOf(skills);
    }

    String cause() {
        return pick(Vocabulary.CAUSES);
    }

    List<String> causes(int n) {
        Set<String> causes = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) causes.add(cause());
        return List.copyOf(causes);
    }

    /** A province drawn by population. */
    String province() {
        int n = random.nextInt(PROVINCE_TOTAL);
        for (int p = 0; p < PROVINCE_WEIGHT.length; p++) {
            n -= PROVINCE_WEIGHT[p];
            if (n < 0) return Vocabulary.PROVINCES.get(p);
        }
        throw new IllegalStateException();
    }

    /** A known province as given, or one drawn by population when core left it blank or unknown. */
    String provinceOr(String given) {
        return given != null && Vocabulary.PROVINCES.contains(given) ? given : province();
    }

    /** The home province and a few more, most often in the same part of the country. */
    List<String> provinces(String home, int extra) {
        Set<String> provinces = new LinkedHashSet<>();
        provinces.add(home);
        for (int i = 0; i < extra; i++) {
            if (random.nextInt(3) > 0) {
                List<String> near = new ArrayList<>();
                for (String p : Vocabulary.PROVINCES) if (Vocabulary.neighbours(home, p)) near.add(p);
                if (!near.isEmpty()) {
                    provinces.add(pick(near));
                    continue;
                }
            }
            provinces.add(province());
        }
        return List.copyOf(provinces);
    }

    /** The group a request asks for, by form: a service day asks hands, pro bono one expert. */
    int[] groupRange(String form) {
        return switch (form) {
            case "service-day" -> {
                int min = 2 + random.nextInt(12);
                yield new int[] {min, Math.min(60, min + 2 + random.nextInt(25))};
            }
            case "relay" -> {
                int min = 2 + random.nextInt(4);
                yield new int[] {min, min + 2 + random.nextInt(8)};
            }
            default -> new int[] {1, 1 + random.nextInt(3)};
        };
    }

    /** How many employees an offer brings, by form. */
    int groupSize(String form) {
        return switch (form) {
            case "service-day" -> random.nextInt(4) == 0 ? 25 + random.nextInt(36) : 5 + random.nextInt(20);
            case "relay" -> 4 + random.nextInt(9);
            case "skills-based" -> 1 + random.nextInt(3);
            default -> 1 + random.nextInt(5);
        };
    }

    /**
     * How busy each of {@code n} parties is: a long tail (log-normal), so a few post dozens of items and most a
     * handful.
     */
    double[] weights(int n) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) weights[i] = Math.exp(1.1 * random.nextGaussian());
        return weights;
    }

    /**
     * Spreads {@code total} items over parties by weight, each party at least one (when there are enough items):
     * returns the party of each item, in a shuffled order.
     */
    int[] spread(int total, double[] weights) {
        int n = weights.length;
        int[] owner = new int[total];
        int given = 0;
        for (; given < Math.min(n, total); given++) owner[given] = given;
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cumulative[i] = sum += weights[i];
        for (; given < total; given++) {
            double x = random.nextDouble() * sum;
            int low = 0;
            int high = n - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < x) low = mid + 1;
                else high = mid;
            }
            owner[given] = low;
        }
        for (int i = total - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = owner[i];
            owner[i] = owner[j];
            owner[j] = swap;
        }
        return owner;
    }

    /** {@code n} of the indexes {@code 0..size-1}, drawn without repeats, in the order drawn. */
    int[] sample(int size, int n) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) all[i] = i;
        int k = Math.min(n, size);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(size - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
