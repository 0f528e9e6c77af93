package id.selaras.standalone;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The executable jars of the backend and the web UI, copied into {@code lib/} next to the launcher at build time. */
record Applications(Path backendJar, Path webUiJar) {

    /** The jars in {@code selaras.lib-dir}, or in {@code lib/} beside the launcher's jar. */
    static Applications locate(Settings settings) {
        Path lib = settings.get("selaras.lib-dir").map(Path::of).orElseGet(Applications::besideLauncher);
        Applications apps = new Applications(
                lib.resolve("selaras-backend-exec.jar"), lib.resolve("selaras-web-ui-exec.jar"));
        for (Path jar : new Path[] {apps.backendJar, apps.webUiJar}) {
            if (!Files.isRegularFile(jar)) {
                throw new StartupFailure("Missing " + jar + ". Build everything first, from the repository root: "
                        + "mvn -DskipTests package");
            }
        }
        return apps;
    }

    private static Path besideLauncher() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent().resolve("lib");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("lib").toAbsolutePath();
        }
    }
}
