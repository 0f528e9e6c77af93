package id.selaras.security;

/** OAuth2 scopes a third-party client can be granted; first-party clients hold all of them. */
public final class Scope {
    /** Read data beyond the public (drafts of one's own region, one's own content). */
    public static final String READ = "read";
    /** Comment, react, submit aspirations. */
    public static final String COMMENT = "comment";
    /** Edit plans, cascade, indicators, targets and realisations. */
    public static final String WRITE_PLAN = "write:plan";
    /** Moderate public content. */
    public static final String MODERATE = "moderate";
    /** Administer regions, OPDs, accounts and API clients. */
    public static final String ADMIN = "admin";

    private Scope() {
    }
}
