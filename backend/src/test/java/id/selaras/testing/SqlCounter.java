package id.selaras.testing;

import java.util.concurrent.atomic.AtomicLong;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application executes, through an r2dbc-proxy around its connection factory. */
public final class SqlCounter {

    private static final AtomicLong COUNT = new AtomicLong();

    private SqlCounter() {
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static long count() {
        return COUNT.get();
    }

    /** Wraps the application's connection factory. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor sqlCountingProxy() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof ConnectionFactory cf && "connectionFactory".equals(name)) {
                        return ProxyConnectionFactory.builder(cf).listener(new ProxyExecutionListener() {
                            @Override
                            public void afterQuery(QueryExecutionInfo info) {
                                // the event relay's background reads are not part of any request
                                if (info.getQueries().stream().anyMatch(q -> q.getQuery().contains("/* relay */"))) {
                                    return;
                                }
                                COUNT.addAndGet(Math.max(1, info.getQueries().size()));
                            }
                        }).build();
                    }
                    return bean;
                }
            };
        }
    }
}
