package nl.plein.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's readers of what other programs print: wrk's hook, /proc, the jobs page, the manifest. */
class ParsingTest {

    @Test
    void readsWrksFiguresFromTheLineItsHookPrints() throws IOException {
        String output = """
                Running 3s test @ http://127.0.0.1:18777/
                  2 threads and 50 connections
                Requests/sec:   5796.06
                WRK_JSON {"requests":17788,"duration_ms":3069.0,"rps":5796.1,"p50_ms":7.212,"p90_ms":38.562,\
                "p99_ms":134.956,"max_ms":245.318,"mean_ms":15.644,"bytes":19851408,\
                "errors":{"connect":1,"read":2,"write":0,"status":30,"timeout":4}}
                """;
        Wrk.Result result = Wrk.parse(output);
        assertEquals(17788, result.requests());
        assertEquals(5796.1, result.rps());
        assertEquals(7.212, result.p50());
        assertEquals(134.956, result.p99());
        assertEquals(245.318, result.max());
        assertEquals(37, result.errors(), "connect + read + write + non-2xx/3xx + timeouts");
        assertEquals(30, result.statusErrors());
        assertEquals(4, result.timeouts());
    }

    @Test
    void aWrkWithoutTheHooksLineIsAnError() {
        assertThrows(IOException.class, () -> Wrk.parse("Requests/sec:   5796.06\n"));
    }

    @Test
    void readsResidentAndPeakMemoryFromProcStatus() throws IOException {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  612352 kB\nVmRSS:\t  409600 kB\nThreads:\t42\n";
        ProcStatus.Memory memory = ProcStatus.parse(status);
        assertEquals(409600, memory.rssKb());
        assertEquals(612352, memory.peakKb());
        assertEquals(400.0, memory.rssMb());
        assertThrows(IOException.class, () -> ProcStatus.parse("Name:\tjava\n"));
    }

    @Test
    void readsTheJobsListAndOneJobFromTheirDataAttributes() {
        String list = """
                <table><tr><th>kind</th></tr>
                <tr data-job-id="j1" data-owner="networks" data-kind="networks.digest" data-status="done">
                <tr class="x" data-status="pending" data-kind="networks.digest" data-owner="networks" data-job-id="j2">
                </table>""";
        List<Map<String, String>> rows = Digests.rows(list);
        assertEquals(2, rows.size());
        assertEquals("j2", rows.get(1).get("data-job-id"));
        assertEquals("pending", rows.get(1).get("data-status"));
        Map<String, String> job = Digests.job("<main><section id=\"job\" data-status=\"done\" data-duration-ms=\"1234\">")
                .orElseThrow();
        assertEquals("done", job.get("data-status"));
        assertEquals("1234", job.get("data-duration-ms"));
        assertTrue(Digests.job("<main id=\"jobs\">").isEmpty());
    }

    @Test
    void readsTheManifestsPagesAndNotes() throws IOException {
        Manifest manifest = Manifest.parse(new ObjectMapper().readTree("""
                {"scale":"small","factor":0.02,"seed":7,"today":"2026-11-24","seconds":3.5,"revision":"abc",
                 "password":"pw","administrator":"beheerder@schaal.plein.example",
                 "parts":[{"owner":"core","seconds":1.5}],
                 "pages":[{"owner":"webinars","name":"week","path":"/webinars/weeks/1","email":null},
                          {"owner":"networks","name":"space","path":"/networks/spaces/2","email":"a@schaal.plein.example"}],
                 "notes":{"core.people":2000,"webinars.burst.session":"s1","webinars.burst.people":["a@x","b@x"],
                          "networks.digest.kind":"networks.digest"}}"""));
        assertEquals(0.02, manifest.factor());
        assertEquals(null, manifest.pages().get(0).email());
        assertEquals("networks: space", manifest.pages().get(1).title());
        assertEquals(List.of("a@x", "b@x"), manifest.noteList("webinars.burst.people"));
        assertEquals(2000, manifest.noteNumber("core.people").orElseThrow());
        assertEquals(List.of("networks.digest.kind"), manifest.notesEndingIn(".digest.kind"));
    }

    @Test
    void targetsSayByHowMuchTheyWereMissed() {
        assertEquals("met", Report.under("p99", 99.9, 100, "ms"));
        assertEquals("p99 missed by 30 ms (+30 %)", Report.under("p99", 130, 100, "ms"));
        assertEquals("req/s missed by 250 req/s (-25 %)", Report.atLeast("req/s", 750, 1000, "req/s"));
        assertEquals("met", Report.combine("met", "met"));
    }
}
