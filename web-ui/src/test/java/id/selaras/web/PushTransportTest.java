package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.Test;

/**
 * Browser-to-server messages must travel over HTTP: only then do the servlet filters give a view's GraphQL call the
 * request and session from which AccessTokenRelay takes the person's token. Over a WebSocket (Vaadin's default
 * transport) a signed-in moderator's queue reached the backend as anonymous.
 */
class PushTransportTest {

    @Test
    void push_usesWebSocketForServerPushes_andHttpForRequests() {
        assertThat(AppShell.class.getAnnotation(Push.class).transport()).isEqualTo(Transport.WEBSOCKET_XHR);
    }
}
