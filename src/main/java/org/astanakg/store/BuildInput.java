package org.astanakg.store;

import java.nio.file.Path;

/**
 * The files a build reads.
 *
 * @param registry the entity registry ({@code data/registry.yaml})
 * @param articles the folder of article facts files ({@code data/articles})
 * @param ontology the ontology ({@code ontology/astana.ttl})
 * @param shapes   the SHACL shapes ({@code ontology/shapes.ttl})
 */
public record BuildInput(Path registry, Path articles, Path ontology, Path shapes) {

    /** The project's own files, relative to {@code root}. */
    public static BuildInput project(Path root) {
        return new BuildInput(root.resolve("data/registry.yaml"), root.resolve("data/articles"),
                root.resolve("ontology/astana.ttl"), root.resolve("ontology/shapes.ttl"));
    }

    /** The same input with another articles folder. */
    public BuildInput withArticles(Path folder) {
        return new BuildInput(registry, folder, ontology, shapes);
    }
}
