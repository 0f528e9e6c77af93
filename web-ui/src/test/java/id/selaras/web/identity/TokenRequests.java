package id.selaras.web.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/** Gets tokens from the embedded provider the way a client does: authorization code with PKCE, refresh, client credentials. */
public final class TokenRequests {

    public static final String REDIRECT = IdentityTest.PortInitializer.ISSUER + "/login/oauth2/code/selaras";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TokenRequests() {
    }

    /** Signs {@code email} in as the web UI would and returns the token response. */
    public static Map<String, Object> authorizationCode(String email, String password) {
        Browser browser = new Browser(IdentityTest.PortInitializer.ISSUER);
        String verifier = random();
        String authorize = "/oauth2/authorize?response_type=code&client_id=selaras-web&scope=openid%20profile"
                + "&state=test-state&nonce=test-nonce&redirect_uri=" + encode(REDIRECT)
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        HttpResponse<String> toLogin = browser.get(authorize);
        if (!Browser.location(toLogin).endsWith("/login")) {
            throw new IllegalStateException("Expected a redirect to the login page, got " + toLogin.statusCode()
                    + " " + Browser.location(toLogin));
        }
        HttpResponse<String> signedIn = browser.submit("/login", "/login",
                Map.of("username", email, "password", password));
        String callback = Browser.location(browser.follow(signedIn, REDIRECT));
        if (!callback.startsWith(REDIRECT) || !callback.contains("code=")) {
            throw new IllegalStateException("No authorization code; the provider answered " + callback);
        }
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        return token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier), "selaras-web", IdentityTest.WEB_SECRET);
    }

    public static Map<String, Object> refresh(String refreshToken) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), "selaras-web",
                IdentityTest.WEB_SECRET);
    }

    public static Map<String, Object> clientCredentials(String scope) {
        return token(Map.of("grant_type", "client_credentials", "scope", scope), "selaras-example-service",
                IdentityTest.SERVICE_SECRET);
    }

    /** A client credentials request with any client's credentials; the HTTP status only (200, or 401 when refused). */
    public static int clientCredentialsStatus(String clientId, String secret, String scope) {
        try {
            token(Map.of("grant_type", "client_credentials", "scope", scope), clientId, secret);
            return 200;
        } catch (IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            return message.startsWith("Token request failed: ") ? Integer.parseInt(message.substring(22, 25)) : -1;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> token(Map<String, String> form, String clientId, String secret) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(IdentityTest.PortInitializer.ISSUER + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
            }
            return JSON.readValue(response.body(), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
