package id.selaras.web.identity.provider;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Keeps the provider's sign-in apart from the web UI's in the shared HTTP session. The provider remembers who typed
 * their password (and which authorization request to resume); the web UI remembers the OIDC sign-in it got from the
 * provider. Sharing one slot would let each overwrite the other's state mid-flow.
 */
final class IdentitySession {

    static final String CONTEXT_ATTRIBUTE = "SELARAS_IDENTITY_SECURITY_CONTEXT";
    static final String SAVED_REQUEST_ATTRIBUTE = "SELARAS_IDENTITY_SAVED_REQUEST";

    private IdentitySession() {
    }

    static SecurityContextRepository contextRepository() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        return repository;
    }

    static RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setSessionAttrName(SAVED_REQUEST_ATTRIBUTE);
        return cache;
    }
}
