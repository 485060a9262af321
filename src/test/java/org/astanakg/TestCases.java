package org.astanakg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** Case folders drive parameterised tests: one dynamic test per sub-folder of a cases folder. */
public final class TestCases {

    private TestCases() {
    }

    /** One test per sub-folder of {@code root}, in name order, named after the folder. */
    public static Stream<DynamicTest> perFolder(Path root, ThrowingConsumer<Path> check) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check.accept(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
