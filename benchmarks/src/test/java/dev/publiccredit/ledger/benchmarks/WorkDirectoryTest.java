package dev.publiccredit.ledger.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting the run's directory at the end: a file vanishing while the directory is walked (PostgreSQL still
 * shutting down) is tried again, and a directory that cannot be deleted does not throw (which would lose the report).
 */
class WorkDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void deletesTheDirectoryWithWhatItHolds() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("run/postgres/base"));
        Files.writeString(directory.resolve("1"), "data");

        boolean deleted = Benchmarks.deleteWorkDirectory(temp.resolve("run"), FileSystemUtils::deleteRecursively,
                Duration.ZERO);

        assertThat(deleted).isTrue();
        assertThat(temp.resolve("run")).doesNotExist();
    }

    @Test
    void triesAgainWhenAFileVanishesDuringTheWalk() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("run/postgres"));
        Files.writeString(directory.resolve("postmaster.pid"), "4242");
        AtomicInteger attempts = new AtomicInteger();

        boolean deleted = Benchmarks.deleteWorkDirectory(temp.resolve("run"), path -> {
            if (attempts.incrementAndGet() == 1) {
                throw new NoSuchFileException(directory.resolve("postmaster.pid").toString());
            }
            FileSystemUtils.deleteRecursively(path);
        }, Duration.ZERO);

        assertThat(deleted).isTrue();
        assertThat(attempts).hasValue(2);
        assertThat(temp.resolve("run")).doesNotExist();
    }

    @Test
    void aDirectoryThatCannotBeDeletedIsReportedNotThrown() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("run"));
        AtomicInteger attempts = new AtomicInteger();

        boolean deleted = Benchmarks.deleteWorkDirectory(directory, path -> {
            attempts.incrementAndGet();
            throw new IOException("busy");
        }, Duration.ZERO);

        assertThat(deleted).isFalse();
        assertThat(attempts).hasValue(3);
        assertThat(directory).exists();
    }
}
