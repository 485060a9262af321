package org.astanakg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astanakg.AstanaException;

/**
 * Adds accepted QIDs to {@code registry.yaml} by editing its text, so that comments, order and
 * layout stay as they are: a {@code qid} and a {@code qidEvidence} line go right after the entity's
 * {@code label} line. An entity that already has a {@code qid} is left alone.
 */
public final class RegistryQidWriter {
    private static final Pattern ID_LINE = Pattern.compile("^(\\s*)- id: *\"?([a-z0-9-]+)\"?\\s*$");

    private RegistryQidWriter() {
    }

    /** Writes {@code accepted} (entity id to QID and evidence) into the file; returns the ids written. */
    public static List<String> write(Path registry, Map<String, String[]> accepted) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(registry, StandardCharsets.UTF_8));
            List<String> written = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ID_LINE.matcher(lines.get(i));
                if (!m.matches() || !accepted.containsKey(m.group(2))) {
                    continue;
                }
                String indent = m.group(1) + "  ";
                int end = i + 1;
                int labelAt = -1;
                boolean hasQid = false;
                while (end < lines.size() && lines.get(end).startsWith(indent)) {
                    labelAt = lines.get(end).startsWith(indent + "label:") ? end : labelAt;
                    hasQid |= lines.get(end).startsWith(indent + "qid:");
                    end++;
                }
                if (hasQid || labelAt < 0) {
                    continue;
                }
                String[] qe = accepted.get(m.group(2));
                lines.add(labelAt + 1, indent + "qidEvidence: \"" + qe[1].replace("\"", "'") + "\"");
                lines.add(labelAt + 1, indent + "qid: " + qe[0]);
                written.add(m.group(2));
            }
            Path temp = registry.resolveSibling("." + registry.getFileName() + ".part");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, registry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new AstanaException("cannot update " + registry + ": " + e.getMessage(), e);
        }
    }
}
