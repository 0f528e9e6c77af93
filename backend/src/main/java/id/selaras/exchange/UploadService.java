package id.selaras.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.exchange.repository.UploadRepository;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import id.selaras.security.Role;
import id.selaras.security.Scope;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Receives workbooks to import: a planner (or administrator) asks for a signed upload URL, sends the file to it,
 * and gets an upload token back that a dry run or an import names. Files are size-limited and kept for a day.
 */
@Service
public class UploadService {

    static final String UPLOADS = "/exchange/uploads/";

    /** Where to send the file, until when, and the largest size accepted. */
    public record UploadUrl(String url, Instant expiresAt, long maxBytes) {
    }

    /** A received file: the token that names it, its size and SHA-256. */
    public record Receipt(String uploadToken, long size, String sha256) {
    }

    private final UploadRepository uploads;
    private final SignedLinks links;
    private final AccessPolicy access;
    private final ExchangeProperties properties;
    private final Clock clock;

    UploadService(UploadRepository uploads, SignedLinks links, AccessPolicy access, ExchangeProperties properties,
                  Clock clock) {
        this.uploads = uploads;
        this.links = links;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<UploadUrl> uploadUrl(Actor actor) {
        return Mono.fromCallable(() -> {
            access.requireScope(actor, Scope.WRITE_PLAN);
            if (!actor.has(Role.BAPPEDA_PLANNER) && !actor.has(Role.ADMIN)) {
                throw SelarasException.of(ErrorCode.FORBIDDEN, null);
            }
            Instant expires = clock.instant().plus(properties.linkLifetime());
            return new UploadUrl(properties.publicUrl() + UPLOADS + links.sign(List.of("upload", actor.auditName()), expires),
                    expires, properties.maxUploadBytes());
        });
    }

    /** The uploader a link was issued to; LINK_EXPIRED when it is not a valid upload link. */
    public String uploader(String token) {
        List<String> f = links.verify(token);
        if (f == null || f.size() != 2 || !f.getFirst().equals("upload")) {
            throw SelarasException.of(ErrorCode.LINK_EXPIRED, null);
        }
        return f.get(1);
    }

    public long maxBytes() {
        return properties.maxUploadBytes();
    }

    public Mono<Receipt> store(String uploader, String fileName, byte[] content) {
        if (content.length == 0) {
            return Mono.error(SelarasException.of(ErrorCode.UPLOAD_EMPTY, null));
        }
        if (content.length > properties.maxUploadBytes()) {
            return Mono.error(SelarasException.of(ErrorCode.UPLOAD_TOO_LARGE, null, megabytes()));
        }
        UUID id = UUID.randomUUID();
        String sha = sha256(content);
        String name = fileName == null ? null : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return uploads.deleteExpired()
                .then(uploads.insert(id, name == null || name.length() > 200 ? null : name, content, sha, uploader,
                        clock.instant().plus(properties.uploadLifetime())))
                .thenReturn(new Receipt(id.toString(), content.length, sha));
    }

    String megabytes() {
        return String.valueOf(properties.maxUploadBytes() / (1024 * 1024));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
