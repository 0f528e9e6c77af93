package id.selaras.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of import and export ({@code selaras.exchange.*}): upload size limit, the zip-bomb limits (smallest
 * compression ratio, largest extracted part), rows per sheet, how long uploads and signed links live, and the key
 * that signs links (set {@code SELARAS_EXCHANGE_KEY} when several instances run; otherwise each makes its own).
 */
@ConfigurationProperties("selaras.exchange")
public record ExchangeProperties(Long maxUploadBytes, Double minInflateRatio, Long maxEntryBytes, Integer maxRows,
                                 Duration uploadLifetime, Duration linkLifetime, String signingKey, String publicUrl) {

    public ExchangeProperties {
        maxUploadBytes = maxUploadBytes == null ? 20L * 1024 * 1024 : maxUploadBytes;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        maxEntryBytes = maxEntryBytes == null ? 256L * 1024 * 1024 : maxEntryBytes;
        maxRows = maxRows == null ? 100_000 : maxRows;
        uploadLifetime = uploadLifetime == null ? Duration.ofHours(24) : uploadLifetime;
        linkLifetime = linkLifetime == null ? Duration.ofMinutes(15) : linkLifetime;
        publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    id.selaras.exchange.xlsx.XlsxLimits limits() {
        return new id.selaras.exchange.xlsx.XlsxLimits(maxRows, minInflateRatio, maxEntryBytes);
    }
}
