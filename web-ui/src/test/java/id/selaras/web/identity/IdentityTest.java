package id.selaras.web.identity;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;

import id.selaras.testsupport.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A web UI with its embedded identity provider on a real PostgreSQL, listening on a fixed free port so that the
 * issuer in its tokens is its own address (the issuer must be known before the server starts).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "selaras.identity.client-secret=" + IdentityTest.WEB_SECRET,
        "selaras.identity.clients.service-secret=" + IdentityTest.SERVICE_SECRET,
        "selaras.backend.url=http://127.0.0.1:9", "management.server.port=0"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, IdentityTest.PortInitializer.class})
public @interface IdentityTest {

    String WEB_SECRET = "test-web-secret-0123456789";
    String SERVICE_SECRET = "test-service-secret-0123456789";

    /** One free port per JVM, shared by every context (they are cached, so one server serves all tests). */
    class PortInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        public static final int PORT = freePort();
        public static final String ISSUER = "http://localhost:" + PORT;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "server.port=" + PORT,
                    "selaras.identity.issuer=" + ISSUER);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
