package org.irauditor.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.irauditor.audit.CheckCatalog;
import org.irauditor.core.CheckMetadata;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's check catalogue generated from the metadata files: the table between the markers must equal
 * what the metadata says. To regenerate it after a metadata change, run
 * {@code ./mvnw -q test -Dtest=ReadmeCatalogueTest -Dreadme.update=true}.
 */
class ReadmeCatalogueTest {

    private static final Path README = Path.of("README.md");
    private static final String START = "<!-- catalogue:start (generated from src/main/resources/checks) -->";
    private static final String END = "<!-- catalogue:end -->";

    @Test
    void readmeCatalogueShouldMatchTheMetadata() throws IOException {
        // given
        String readme = Files.readString(README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README catalogue start marker").isNotNegative();
        assertThat(end).as("README catalogue end marker").isGreaterThan(start);

        // when
        String generated = table(CheckCatalog.readMetadata());
        String current = readme.substring(start + START.length(), end);

        // then
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + generated + readme.substring(end));
            return;
        }
        assertThat(current)
                .as("README catalogue; regenerate with ./mvnw -q test -Dtest=ReadmeCatalogueTest -Dreadme.update=true")
                .isEqualTo(generated);
    }

    static String table(List<CheckMetadata> entries) {
        String rows = entries.stream()
                .sorted(Comparator.comparing(CheckMetadata::id))
                .map(m -> "| `" + m.id() + "` | " + m.title().replace("|", "\\|") + " | " + m.service() + " | "
                        + lower(m.scope().name()) + " | " + lower(m.severity().name()) + " | "
                        + lower(m.phase().name()) + " | " + m.level() + " |")
                .collect(Collectors.joining("\n"));
        return "\n| Id | Title | Service | Scope | Severity | Phase | Level |\n" + "|---|---|---|---|---|---|---|\n"
                + rows + "\n";
    }

    private static String lower(String name) {
        return name.toLowerCase().replace('_', ' ');
    }
}
