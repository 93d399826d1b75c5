package io.executionauditor.store;

import java.nio.file.Path;

/**
 * An uploaded file kept under a generated name ({@code storedName}); {@code originalName} is what its owner called
 * it, shown to people and never used as a path.
 */
public record StoredFile(String storedName, Path path, String originalName, long size, String sha256) {
}
