package org.irauditor.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryLockTest {

    @Test
    void acquireWhenAnotherRunHoldsTheStateDirectoryShouldRefuse(@TempDir Path state) throws Exception {
        // given a run holding the state directory, whatever database it uses
        StateDirectoryLock first = StateDirectoryLock.acquire(state);

        // when / then
        assertThatThrownBy(() -> StateDirectoryLock.acquire(state))
                .isInstanceOf(StateDirectoryInUseException.class)
                .hasMessage("another audit is running with the state directory "
                        + state.toAbsolutePath().normalize());

        // and once it is done, the next run gets it
        first.destroy();
        StateDirectoryLock.acquire(state).destroy();
    }
}
