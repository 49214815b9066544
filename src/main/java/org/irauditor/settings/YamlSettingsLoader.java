package org.irauditor.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads YAML settings files as Spring Boot does, but turns a syntax error into {@link InvalidYamlException}
 * naming the file: the YAML parser alone only knows it read from "reader".
 */
public class YamlSettingsLoader implements PropertySourceLoader, Ordered {

    private final YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();

    @Override
    public String[] getFileExtensions() {
        return yaml.getFileExtensions();
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        try {
            return yaml.load(name, resource);
        } catch (MarkedYAMLException e) {
            throw invalid(resource, e);
        }
    }

    @Override
    public int getOrder() {
        // before Boot's own YAML loader, which would otherwise claim the same file extensions
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static InvalidYamlException invalid(Resource resource, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return new InvalidYamlException(fileName(resource), line, column, problem(e), e);
    }

    private static String problem(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        if (e.getContext() == null || e.getContext().equals(problem)) {
            return problem;
        }
        return problem + " (" + e.getContext() + ")";
    }

    /** The file as the person running the auditor wrote it: relative to the working folder where it lies there. */
    static String fileName(Resource resource) {
        if (!resource.isFile()) {
            return resource.getDescription();
        }
        try {
            Path file = resource.getFile().toPath().toAbsolutePath().normalize();
            Path workingFolder = Path.of("").toAbsolutePath();
            return file.startsWith(workingFolder)
                    ? workingFolder.relativize(file).toString()
                    : file.toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
