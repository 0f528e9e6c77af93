package id.selaras.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Write limits per action, for each person and each client address, per minute and per hour. Staff (officers,
 * planners, moderators) get {@code staffFactor} times a citizen's allowance; addresses are shared (a campus, a
 * kelurahan office), so they get {@code addressFactor} times.
 */
@ConfigurationProperties("selaras.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("10") int staffFactor,
                                  @DefaultValue("6") int addressFactor,
                                  Map<String, Limit> actions) {

    /** Allowance of one action. */
    public record Limit(int perMinute, int perHour) {
    }

    public Limit limit(String action) {
        if (actions != null && actions.containsKey(action)) {
            return actions.get(action);
        }
        return switch (action) {
            case "comment" -> new Limit(5, 50);
            case "aspiration" -> new Limit(3, 20);
            case "react", "flag" -> new Limit(60, 600);
            default -> new Limit(30, 300);
        };
    }
}
