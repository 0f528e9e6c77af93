package id.selaras.web.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks the beans of the embedded OIDC provider (penyedia identitas bawaan): present unless
 * {@code selaras.identity.embedded=false} hands sign-in to an external issuer such as Keycloak.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "selaras.identity.embedded", havingValue = "true", matchIfMissing = true)
public @interface EmbeddedProvider {
}
