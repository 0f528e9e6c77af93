package id.selaras.exchange;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the zip-bomb limits to POI. They are process-wide (POI keeps them in static fields), which is why they
 * are set once here from the configuration rather than per file.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeProperties.class)
class ExchangeConfig {

    ExchangeConfig(ExchangeProperties properties) {
        ZipSecureFile.setMinInflateRatio(properties.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(properties.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(properties.maxEntryBytes());
    }
}
