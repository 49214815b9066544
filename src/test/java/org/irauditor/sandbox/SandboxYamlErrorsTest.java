package org.irauditor.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irauditor.core.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/** A sandbox definition that cannot be mapped is reported by file and field, in the definition's own words. */
class SandboxYamlErrorsTest {

    private static final String HEADER = "managementAccountId: \"111122223333\"\naccounts:\n";

    @TempDir
    Path directory;

    @Test
    void readWhenFieldIsUnknownShouldNameItAndTheKnownFields() throws IOException {
        assertThat(problems(HEADER + "  - {id: \"111122223333\", name: management, colour: blue}\n"))
                .containsExactly("accounts[0].colour: unknown field; the fields here are assumable,"
                        + " disabledRegions, email, id, name, ou, state, tags, traits");
    }

    @Test
    void readWhenBooleanIsNotTrueOrFalseShouldNameTheField() throws IOException {
        assertThat(problems(HEADER + "  - {id: \"111122223333\", name: management, assumable: maybe}\n"))
                .containsExactly("accounts[0].assumable: 'maybe' is not true or false");
    }

    @Test
    void readWhenListIsGivenAsTextShouldNameTheField() throws IOException {
        assertThat(problems(HEADER + "  - {id: \"111122223333\", name: management, disabledRegions: {a: b}}\n"))
                .containsExactly("accounts[0].disabledRegions: must be a list");
    }

    @Test
    void readWhenIdIsAListShouldNameTheField() throws IOException {
        assertThat(problems(HEADER + "  - {id: [1, 2], name: management}\n"))
                .containsExactly("accounts[0].id: must be a single text value");
    }

    @Test
    void readWhenTraitIsEmptyShouldNameTheAccount() throws IOException {
        assertThat(problems(HEADER + "  - {id: \"111122223333\", name: management, traits: {guardduty: }}\n"))
                .containsExactly("accounts[0]: holds an empty value");
    }

    @Test
    void readWhenYamlIsMalformedShouldGiveTheLine() throws IOException {
        assertThat(problems(HEADER + "  - {id: \"111122223333\", name: management\n"))
                .singleElement()
                .asString()
                .startsWith("line ")
                .endsWith(": not valid YAML");
    }

    @Test
    void readWhenMappingFailsShouldNameTheFileWithoutJavaTypes() throws IOException {
        // given
        Path file = write(HEADER + "  - {id: \"111122223333\", assumable: maybe}\n");

        // when / then
        assertThatThrownBy(() -> SandboxOrganizations.read(new FileSystemResource(file)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("The sandbox organization file [" + file + "] is invalid:\n"
                        + "  - accounts[0].assumable: 'maybe' is not true or false")
                .message()
                .doesNotContain("java.", "SandboxAccount");
    }

    private List<String> problems(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            SandboxOrganizations.read(new FileSystemResource(file));
        } catch (InvalidConfigurationException e) {
            return e.problems();
        }
        return List.of();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(directory.resolve("organization.yml"), yaml);
    }
}
