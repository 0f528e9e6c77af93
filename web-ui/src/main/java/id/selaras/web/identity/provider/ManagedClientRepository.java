package id.selaras.web.identity.provider;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The provider's clients, minus those a moderator or administrator disabled on the API clients page: a disabled
 * client is unknown to every endpoint (authorize, token, introspect), so it gets {@code invalid_client}.
 */
final class ManagedClientRepository implements RegisteredClientRepository {

    private final RegisteredClientRepository clients;
    private final JdbcOperations jdbc;

    ManagedClientRepository(RegisteredClientRepository clients, JdbcOperations jdbc) {
        this.clients = clients;
        this.jdbc = jdbc;
    }

    @Override
    public void save(RegisteredClient client) {
        clients.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return enabled(clients.findById(id));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return enabled(clients.findByClientId(clientId));
    }

    private RegisteredClient enabled(RegisteredClient client) {
        if (client == null) {
            return null;
        }
        Integer disabled = jdbc.queryForObject("SELECT count(*) FROM api_client WHERE client_id = ? AND NOT enabled",
                Integer.class, client.getClientId());
        return disabled != null && disabled > 0 ? null : client;
    }
}
