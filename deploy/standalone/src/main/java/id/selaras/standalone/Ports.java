package id.selaras.standalone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks up front that a port is free, so that a clash is reported with the setting that moves it. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String what, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupFailure("Port " + port + " (" + what + ") is already in use — is Selaras already running? "
                    + "Stop the other program, or choose another port with -D" + setting + "=<port> (or "
                    + Settings.environmentName(setting) + ").");
        }
    }
}
