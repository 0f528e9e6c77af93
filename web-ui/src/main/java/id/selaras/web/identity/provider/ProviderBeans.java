package id.selaras.web.identity.provider;

import java.time.Clock;

import id.selaras.web.identity.EmbeddedProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and time for the embedded provider's accounts. */
@Configuration(proxyBeanMethods = false)
@EmbeddedProvider
class ProviderBeans {

    /** bcrypt, with an {@code {id}} prefix on every hash so that a stronger scheme can take over later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
