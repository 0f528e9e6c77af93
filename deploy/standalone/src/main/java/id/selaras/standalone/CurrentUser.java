package id.selaras.standalone;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.util.LinuxUtils;

/** Who runs the launcher: PostgreSQL treats root specially, so the launcher needs to know. */
final class CurrentUser {

    private CurrentUser() {
    }

    static boolean isRoot() {
        try {
            // /proc/self belongs to the process's user; this needs no JDK-internal module.
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (Exception e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Whether root can start PostgreSQL in a user namespace where it is not root (zonky does so by itself). */
    static boolean canLeaveRoot() {
        return LinuxUtils.isUnshareAvailable();
    }
}
