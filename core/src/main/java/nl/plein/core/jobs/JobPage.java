package nl.plein.core.jobs;

import java.util.List;

/**
 * One page of jobs, newest first. Whether there is an older page is known from one extra row rather than a count:
 * counting hundreds of thousands of finished jobs for every page would cost more than the page itself.
 */
public record JobPage(List<StoredJob> jobs, int number, boolean newer, boolean older) {
    public JobPage {
        jobs = List.copyOf(jobs);
    }
}
