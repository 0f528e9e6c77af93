package id.selaras.exchange;

/** A file made for download: its name, media type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {
}
