package id.selaras.aspiration;

/** An indicator or cascade node (program) an officer linked an aspiration to. */
public record AspirationLink(long aspirationId, Long nodeId, Long indicatorId) {
}
