package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2SinkUrlTest {
    @Test
    void aFileOpenedInThisProcessOnTheDefaultFileSystemIsFlagged() {
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:file:./run/h2/shiptwin;AUTO_SERVER=TRUE")).isTrue();
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:./data/twin")).isTrue();
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:/srv/twin")).isTrue();
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:~/twin")).isTrue();
    }

    @Test
    void retryServersAndMemoryAreNot() {
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:retry:file:./run/h2/shiptwin;AUTO_SERVER=TRUE")).isFalse();
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:tcp://h2:9092/shiptwin")).isFalse();
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:h2:mem:graph-test")).isFalse();
        assertThat(H2Sink.interruptCanCloseTheFile("jdbc:postgresql://db/twin")).isFalse();
    }
}
