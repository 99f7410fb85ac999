package nl.plein.networks.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;

/** Shapes for generated figures: shares of a total, skewed weights, moments around "now". */
final class ScaleNumbers {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final long MINUTE = Duration.ofMinutes(1).toMillis();
    static final long HOUR = Duration.ofHours(1).toMillis();
    static final long DAY = Duration.ofDays(1).toMillis();

    private ScaleNumbers() {
    }

    /**
     * Splits {@code total} into parts that add up to it exactly: each part first gets its minimum, the rest goes by
     * weight (largest remainder), so a seed always gives the same split.
     */
    static int[] shares(int total, double[] weights, int[] minimums) {
        int n = weights.length;
        int[] parts = minimums.clone();
        int rest = total;
        for (int m : minimums) rest -= m;
        if (rest < 0) throw new IllegalArgumentException("the minimums exceed the total " + total);
        double sum = 0;
        for (double w : weights) sum += w;
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            int whole = (int) Math.floor(exact);
            parts[i] += whole;
            given += whole;
            remainders[i] = exact - whole;
        }
        for (int left = rest - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) if (remainders[i] > remainders[best]) best = i;
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    static int[] minimums(int n, int minimum) {
        int[] m = new int[n];
        Arrays.fill(m, minimum);
        return m;
    }

    /** A skewed weight (log-normal): most spaces and threads are quiet, a few are busy. */
    static double skewed(Random random, double spread) {
        return Math.exp(spread * random.nextGaussian());
    }

    /** An exponentially distributed wait with the given mean. */
    static long exponential(Random random, long mean) {
        return (long) (-Math.log(1 - random.nextDouble()) * mean);
    }

    static long between(Random random, long from, long to) {
        return to <= from ? from : from + (long) (random.nextDouble() * (to - from));
    }

    static LocalDate day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), AMSTERDAM);
    }

    static long at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(AMSTERDAM).toInstant().toEpochMilli();
    }
}
