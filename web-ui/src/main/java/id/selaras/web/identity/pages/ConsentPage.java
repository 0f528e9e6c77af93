package id.selaras.web.identity.pages;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.selaras.web.identity.EmbeddedProvider;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks a person whether a third-party app may act for them (persetujuan akses), scope by scope; the answer is
 * posted back to the authorization endpoint and stored by the provider's consent service.
 */
@Controller
@EmbeddedProvider
class ConsentPage {

    private final RegisteredClientRepository clients;
    private final OAuth2AuthorizationConsentService consents;

    ConsentPage(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents) {
        this.clients = clients;
        this.consents = consents;
    }

    @GetMapping("/oauth2/consent")
    String consent(Principal principal, @RequestParam("client_id") String clientId, @RequestParam String scope,
                   @RequestParam String state, Model model) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            model.addAttribute("problem", "consent.unknownClient");
            return "identity/consent";
        }
        OAuth2AuthorizationConsent previous = consents.findById(client.getId(), principal.getName());
        Set<String> granted = previous == null ? Set.of() : previous.getScopes();
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
        requested.remove(OidcScopes.OPENID); // signing in itself needs no choice
        List<String> toApprove = requested.stream().filter(s -> !granted.contains(s)).toList();
        model.addAttribute("clientId", clientId);
        model.addAttribute("clientName", client.getClientName());
        model.addAttribute("state", state);
        model.addAttribute("scopes", toApprove);
        model.addAttribute("grantedScopes", requested.stream().filter(granted::contains).toList());
        return "identity/consent";
    }
}
