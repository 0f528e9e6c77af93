package id.selaras.exchange.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.exchange.PlanExportService;
import id.selaras.exchange.UploadService;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The two plain HTTP endpoints of import and export, both authorised by the signed token in their path: POST a
 * workbook's bytes to an upload URL (answered with an upload token, or 413 past the size limit, without reading
 * more than the limit), and GET a download URL for the file it names.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeRoutes {

    private final UploadService uploads;
    private final PlanExportService exports;
    private final MessageSource messages;

    ExchangeRoutes(UploadService uploads, PlanExportService exports, MessageSource messages) {
        this.uploads = uploads;
        this.exports = exports;
        this.messages = messages;
    }

    @Bean
    RouterFunction<ServerResponse> exchangeRouter() {
        return route().POST("/exchange/uploads/{token}", this::upload).PUT("/exchange/uploads/{token}", this::upload)
                .GET("/exchange/downloads/{token}", this::download).build();
    }

    private Mono<ServerResponse> upload(ServerRequest request) {
        return Mono.defer(() -> {
            String uploader = uploads.uploader(request.pathVariable("token"));
            long declared = request.headers().contentLength().orElse(-1);
            if (declared > uploads.maxBytes()) {
                return error(request, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.UPLOAD_TOO_LARGE, uploads.maxBytes() / (1024 * 1024));
            }
            String name = request.queryParam("name").orElse(request.headers().firstHeader("X-File-Name"));
            return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), (int) Math.min(Integer.MAX_VALUE, uploads.maxBytes()))
                    .map(buffer -> {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        return bytes;
                    })
                    .defaultIfEmpty(new byte[0])
                    .flatMap(bytes -> uploads.store(uploader, name, bytes))
                    .flatMap(receipt -> ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(receipt));
        }).onErrorResume(DataBufferLimitException.class,
                e -> error(request, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.UPLOAD_TOO_LARGE, uploads.maxBytes() / (1024 * 1024)))
                .onErrorResume(SelarasException.class, e -> error(request, status(e.code()), e.code(),
                        e.problems().getFirst().args().toArray()));
    }

    private Mono<ServerResponse> download(ServerRequest request) {
        return exports.open(request.pathVariable("token"))
                .flatMap(file -> ServerResponse.ok().contentType(MediaType.parseMediaType(file.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .bodyValue(file.content()))
                .onErrorResume(SelarasException.class, e -> error(request, status(e.code()), e.code()));
    }

    private static HttpStatus status(ErrorCode code) {
        return switch (code.type()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN, UNAUTHORIZED -> HttpStatus.FORBIDDEN;
            default -> code == ErrorCode.LINK_EXPIRED ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        };
    }

    private Mono<ServerResponse> error(ServerRequest request, HttpStatus status, ErrorCode code, Object... args) {
        Locale locale = request.exchange().getLocaleContext().getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.name());
        body.put("classification", code.type().name());
        body.put("message", messages.getMessage(code.messageKey(), args, code.name(), locale == null ? Locale.forLanguageTag("id") : locale));
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("error", body));
    }
}
