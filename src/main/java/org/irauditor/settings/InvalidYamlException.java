package org.irauditor.settings;

/** A settings file is not valid YAML; names the file and the place the parser stopped. */
public class InvalidYamlException extends IllegalStateException {

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public InvalidYamlException(String file, int line, int column, String problem, Throwable cause) {
        super(file + " is not valid YAML at line " + line + ", column " + column + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
