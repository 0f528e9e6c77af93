package id.selaras.exchange;

import java.time.Instant;

/** A signed link to a file: fetch {@code url} (relative to the API's base unless a public URL is set) before it expires. */
public record Download(String url, String fileName, String contentType, Instant expiresAt) {
}
