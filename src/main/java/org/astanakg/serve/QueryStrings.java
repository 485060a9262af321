package org.astanakg.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks on a raw (still %-encoded) URL query string. */
final class QueryStrings {
    private QueryStrings() {
    }

    /** Returns why {@code raw} cannot be decoded (a malformed %-escape, invalid UTF-8), or null. */
    static String problem(String raw) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return "malformed %-escape in the query string at character " + i;
                }
                bytes[n++] = (byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7f) {
                return "non-ASCII character in the query string; %-encode it as UTF-8";
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
            return null;
        } catch (CharacterCodingException e) {
            return "the query string is not valid UTF-8 once %-decoded";
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
