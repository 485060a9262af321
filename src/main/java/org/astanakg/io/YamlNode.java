package org.astanakg.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.astanakg.InputException;
import org.astanakg.SourceLocation;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A node of a YAML document together with the file it came from. Scalars are read as text; the
 * caller decides what the text must be and reports a mismatch with {@link #error(String)}.
 */
public final class YamlNode {
    private final Path file;
    private final Node node;
    private final String field;

    YamlNode(Path file, Node node, String field) {
        this.file = file;
        this.node = node;
        this.field = field;
    }

    /** Parses a whole YAML file (strict UTF-8) into its root node. */
    public static YamlNode read(Path file) {
        String text = readUtf8(file);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setUseMarks(true)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(16 * 1024 * 1024)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                throw new InputException(SourceLocation.of(file), "the file is empty");
            }
            return new YamlNode(file, root.get(), "");
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourceLocation where = mark == null ? SourceLocation.of(file)
                    : SourceLocation.of(file, mark.getLine() + 1, mark.getColumn() + 1);
            throw new InputException(where, "not valid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new InputException(SourceLocation.of(file), "not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(SourceLocation.of(file), "not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.of(file), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The file this node came from. */
    public Path file() {
        return file;
    }

    /** The dotted path of the field this node is the value of, e.g. {@code facts[3].evidence[0].span}. */
    public String field() {
        return field;
    }

    /** Where the node starts in its file. */
    public SourceLocation location() {
        Optional<Mark> mark = node.getStartMark();
        return mark.map(m -> SourceLocation.of(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.of(file));
    }

    /** An input error at this node, naming its field. */
    public InputException error(String message) {
        String prefix = field.isEmpty() ? "" : field + ": ";
        return new InputException(location(), prefix + message);
    }

    /** True when this node is a YAML null ({@code ~}, {@code null} or nothing). */
    public boolean isNull() {
        return node instanceof ScalarNode s && node.getTag().getValue().endsWith(":null")
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equalsIgnoreCase("null"));
    }

    /** This node as a mapping with string keys. */
    public YamlMap asMap() {
        if (!(node instanceof MappingNode m)) {
            throw error("expected a mapping (key: value lines), found " + describe());
        }
        return new YamlMap(this, m);
    }

    /** This node as a sequence. */
    public List<YamlNode> asList() {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list, found " + describe());
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            items.add(child(s.getValue().get(i), field + "[" + i + "]"));
        }
        return items;
    }

    /** This node's scalar text. */
    public String asText() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value, found " + describe());
        }
        return s.getValue();
    }

    /** This node's text as a whole number. */
    public long asLong() {
        String text = asText().trim();
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + text + "'");
        }
    }

    /** This node's text as a whole number from {@code min} to {@code max}. */
    public int asInt(int min, int max) {
        long v = asLong();
        if (v < min || v > max) {
            throw error("expected a whole number from " + min + " to " + max + ", found " + v);
        }
        return (int) v;
    }

    /** This node's text as a whole number of zero or more that fits an int (an offset, a count). */
    public int asOffset() {
        return asInt(0, Integer.MAX_VALUE);
    }

    /** This node's text as {@code true} or {@code false}. */
    public boolean asBoolean() {
        String text = asText().trim();
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw error("expected true or false, found '" + text + "'");
    }

    YamlNode child(Node child, String childField) {
        return new YamlNode(file, child, childField);
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }


}
