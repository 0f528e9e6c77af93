package id.selaras.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JavaRuntimeTest {

    @Test
    void choose_onOldJava_usesJavaHomeWhenThatIsRecent() {
        Path java = JavaRuntime.choose(17, Path.of("/usr/bin/java"), Optional.of(Path.of("/opt/jdk25")), home -> 25);

        assertThat(java).isEqualTo(Path.of("/opt/jdk25/bin/java"));
        assertThat(JavaRuntime.choose(25, Path.of("/opt/jdk25/bin/java"), Optional.empty(), home -> 0))
                .isEqualTo(Path.of("/opt/jdk25/bin/java"));
    }

    @Test
    void choose_withNoRecentJava_explainsWhatToInstall() {
        assertThatThrownBy(() -> JavaRuntime.choose(17, Path.of("/usr/bin/java"), Optional.of(Path.of("/opt/jdk17")), home -> 17))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("Java 21").hasMessageContaining("JAVA_HOME");
    }
}
