package id.selaras.web.identity.account;

/**
 * A citizen's self-registration (pendaftaran warga): only what Selaras needs (UU 27/2022 PDP) — an email to sign in
 * with, a password, and the name shown next to their comments.
 *
 * @param consentGiven whether the consent checkbox was ticked
 * @param language     the language the consent text was shown in ({@code id} or {@code en})
 */
public record Registration(String email, String displayName, String password, boolean consentGiven, String language) {
}
