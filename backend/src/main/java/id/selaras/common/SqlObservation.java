package id.selaras.common;

import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.observation.ObservationProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SQL statements become spans of the request's trace (web UI → backend → SQL): the connection factory is wrapped
 * with r2dbc-proxy's observation listener. Statement text is recorded, bound values are not (they may be personal).
 */
@Configuration(proxyBeanMethods = false)
class SqlObservation {

    @Bean
    static BeanPostProcessor sqlObservationProxy(ObjectProvider<ObservationRegistry> observations,
                                                 org.springframework.core.env.Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ConnectionFactory cf && "connectionFactory".equals(name)) {
                    ObservationRegistry registry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
                    // the URL names the database in the spans; credentials are never part of it here
                    String url = environment.getProperty("spring.r2dbc.url", "r2dbc:postgresql://localhost/selaras");
                    var listener = new ObservationProxyExecutionListener(registry, cf, url);
                    listener.setIncludeParameterValues(false);
                    return ProxyConnectionFactory.builder(cf).listener(listener).build();
                }
                return bean;
            }
        };
    }

}
