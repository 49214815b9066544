package org.irauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.irauditor.IrAuditorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the auditor (SIGKILL) in the middle of the per-account step and starts it again: the second process
 * resumes the same run, audits only the accounts the first had not finished, and writes the complete reports.
 */
class ResumeAfterKillTest {

    private static final Pattern STARTED = Pattern.compile("Account audit started run=(\\S+) account=(\\d{12})");
    private static final Pattern DONE = Pattern.compile("Account audit done run=(\\S+) account=(\\d{12})");
    private static final Set<String> SANDBOX_ACTIVE_ACCOUNTS = Set.of(
            "111122223333",
            "777788889999",
            "222233334444",
            "444455556666",
            "555566667777",
            "333344445555",
            "666677778888",
            "888899990000");

    @TempDir
    Path directory;

    @Test
    void resumeWhenKilledDuringAccountAuditsShouldAuditOnlyUnfinishedAccounts() throws Exception {
        // given a sandbox run killed once three accounts are done and a fourth has started
        Process first = start("--audit.sandbox.delay-per-account=2s");
        List<String> firstLog = readUntilFourthAccountStarts(first);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Set<String> finished = accounts(firstLog, DONE);
        String runId = runIdOf(firstLog);
        assertThat(finished).hasSize(3);

        // when the auditor starts again
        Process second = start("--audit.sandbox.delay-per-account=0s");
        List<String> secondLog = readAll(second);
        int exitCode = second.waitFor();

        // then it resumes the same run and audits only the accounts that had not finished
        assertThat(secondLog).anyMatch(line -> line.contains("Audit resuming run=" + runId));
        Set<String> resumed = accounts(secondLog, STARTED);
        assertThat(resumed).doesNotContainAnyElementsOf(finished);
        assertThat(union(finished, resumed)).isEqualTo(SANDBOX_ACTIVE_ACCOUNTS);
        assertThat(directory.resolve("reports").resolve(runId).resolve("results.jsonl.gz"))
                .exists();
        assertThat(exitCode).isNotIn(ExitCode.FAILED.code(), ExitCode.INVALID_CONFIGURATION.code());
    }

    @Test
    void resumeWhenSettingsChangedSinceTheKillShouldStartANewRunInstead() throws Exception {
        // given a run killed during the per-account step
        Process first = start("--audit.sandbox.delay-per-account=2s");
        List<String> firstLog = readUntilFourthAccountStarts(first);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        String runId = runIdOf(firstLog);

        // when the auditor starts again with another account scope
        Process second = start("--audit.sandbox.delay-per-account=0s", "--audit.accounts.deny=777788889999");
        List<String> secondLog = readAll(second);
        second.waitFor();

        // then it leaves the killed run alone and audits the new scope from the start
        assertThat(secondLog).anyMatch(line -> line.contains("Audit not resuming run=" + runId));
        assertThat(accounts(secondLog, STARTED))
                .hasSize(SANDBOX_ACTIVE_ACCOUNTS.size() - 1)
                .doesNotContain("777788889999");
        assertThat(runIdOf(secondLog)).isNotEqualTo(runId);
    }

    private Process start(String... extraArguments) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IrAuditorApplication.class.getName(),
                "--audit.mode=sandbox",
                "--audit.parallelism.accounts=1",
                "--audit.reports.directory=" + directory.resolve("reports"),
                "--audit.reports.state-directory=" + directory.resolve("state")));
        command.addAll(List.of(extraArguments));
        return new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
    }

    private static List<String> readUntilFourthAccountStarts(Process process) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(line);
            if (accounts(lines, STARTED).size() == 4 && accounts(lines, DONE).size() == 3) {
                return lines;
            }
        }
        throw new AssertionError("the auditor ended before four accounts started:\n" + String.join("\n", lines));
    }

    private static List<String> readAll(Process process) throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static Set<String> accounts(List<String> lines, Pattern pattern) {
        return lines.stream()
                .map(pattern::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(2))
                .collect(Collectors.toSet());
    }

    private static String runIdOf(List<String> lines) {
        return lines.stream()
                .map(STARTED::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
