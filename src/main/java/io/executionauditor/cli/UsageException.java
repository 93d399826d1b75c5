package io.executionauditor.cli;

/** A command was called in a way that cannot work (a missing folder, an output that cannot be written). */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
