package id.selaras.cascade;

/**
 * A node of a plan version's cascade (pohon kinerja).
 *
 * @param originId the node of the version this one was copied from, when it was
 */
public record CascadeNode(long id, long planVersionId, Long parentId, CascadeKind kind, String code, String title,
                          String description, int position, Long originId, int version) {
}
