package id.selaras.security;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import id.selaras.IntegrationTest;
import id.selaras.common.SelarasException;
import id.selaras.security.repository.GuardRepository;
import id.selaras.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Per-address limits, with a strict allowance (the shared test context is generous to 127.0.0.1). */
@IntegrationTest
class RateLimiterTest {

    @Autowired GuardRepository guard;

    @Test
    void anAddressOverItsAllowance_isRateLimitedWhoeverWrites() {
        RateLimiter strict = new RateLimiter(guard,
                new RateLimitProperties(true, 10, 2, Map.of("comment", new RateLimitProperties.Limit(5, 50))), Clock.systemUTC());
        String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 10; i++) {
            strict.check(Fixtures.citizen("warga-" + i + "-" + UUID.randomUUID()), address, "comment").block();
        }
        assertThatThrownBy(() -> strict.check(Fixtures.citizen("warga-11"), address, "comment").block())
                .isInstanceOf(SelarasException.class).hasMessage("RATE_LIMITED");
    }

}
