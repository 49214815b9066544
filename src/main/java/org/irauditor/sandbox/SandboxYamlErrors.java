package org.irauditor.sandbox;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * Says what is wrong in a sandbox definition that cannot be mapped, in the definition's own words: the field path
 * (such as {@code accounts[2].assumable}) and the kind of value it needs, never a Java type.
 */
final class SandboxYamlErrors {

    private SandboxYamlErrors() {}

    static String problem(JsonProcessingException error) {
        JsonParseException syntax = syntaxError(error);
        if (syntax != null) {
            return at(syntax.getLocation()) + "not valid YAML";
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping) + ": " + reason(mapping);
        }
        return at(error.getLocation()) + "cannot be read";
    }

    // A syntax error met while mapping a nested value arrives wrapped in a mapping error.
    private static JsonParseException syntaxError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String reason(JsonMappingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "unknown field; the fields here are " + names(unknown.getKnownPropertyIds());
        }
        if (error instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + kind(format.getTargetType());
        }
        if (error instanceof MismatchedInputException mismatch) {
            return "must be " + kind(mismatch.getTargetType());
        }
        if (error instanceof ValueInstantiationException && error.getCause() instanceof NullPointerException) {
            return "holds an empty value";
        }
        return "cannot be read";
    }

    private static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a single text value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of names to values";
        }
        return "a value of another kind";
    }

    private static String names(Collection<Object> names) {
        TreeSet<String> sorted = new TreeSet<>();
        names.forEach(name -> sorted.add(String.valueOf(name)));
        return String.join(", ", sorted);
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
