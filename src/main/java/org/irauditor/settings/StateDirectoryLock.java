package org.irauditor.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.DisposableBean;

/**
 * An exclusive lock on the state directory, held while the auditor runs, whatever database holds the job
 * repository: a second audit started on it would otherwise resume the first one's run while it is still working.
 * The operating system releases it if the process is killed.
 */
final class StateDirectoryLock implements DisposableBean {

    static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StateDirectoryLock acquire(Path stateDirectory) {
        Path file = stateDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(channel, stateDirectory);
            }
            return new StateDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw inUse(channel, stateDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + file, e);
        }
    }

    private static StateDirectoryInUseException inUse(FileChannel channel, Path stateDirectory) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock was not ours; closing is best effort
        }
        return new StateDirectoryInUseException(stateDirectory.toAbsolutePath().normalize());
    }

    @Override
    public void destroy() throws IOException {
        lock.release();
        channel.close();
    }
}
