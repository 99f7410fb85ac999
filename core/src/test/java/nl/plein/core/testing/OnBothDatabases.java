package nl.plein.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class whose tests also run on PostgreSQL: the build runs every test on SQLite, then the classes
 * marked with this once more with {@code -Dplein.test.database=postgresql} (see {@link TestDatabases}). Mark the
 * tests of storage, jobs, sessions, concurrent writes, search, personal data and the route-by-route access matrix;
 * page-by-page tests may stay on SQLite only, so the build stays short.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnBothDatabases.TAG)
public @interface OnBothDatabases {
    String TAG = "both-databases";
}
