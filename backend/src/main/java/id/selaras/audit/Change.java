package id.selaras.audit;

/**
 * One change to record: the entity (by GraphQL type name and numeric id), what happened, where it belongs (region,
 * plan version, and for participation the subject, consultation and owner — what subscribers and auditors filter
 * on), and its state before and after (null when absent).
 */
public record Change(String entityType, long entityId, ChangeAction action, Long regionId, Long planVersionId,
                     Object before, Object after, Topic topic) {

    /** What a participation change is about: a commented subject, a consultation, and whose it is. */
    public record Topic(String subjectType, Long subjectId, Long consultationId, String owner) {
    }

    public Change(String entityType, long entityId, ChangeAction action, Long regionId, Long planVersionId,
                  Object before, Object after) {
        this(entityType, entityId, action, regionId, planVersionId, before, after, null);
    }

    public Change about(Topic topic) {
        return new Change(entityType, entityId, action, regionId, planVersionId, before, after, topic);
    }

    public static Change created(String type, long id, Long regionId, Long planVersionId, Object after) {
        return new Change(type, id, ChangeAction.CREATED, regionId, planVersionId, null, after);
    }

    public static Change updated(String type, long id, Long regionId, Long planVersionId, Object before, Object after) {
        return new Change(type, id, ChangeAction.UPDATED, regionId, planVersionId, before, after);
    }

    public static Change deleted(String type, long id, Long regionId, Long planVersionId, Object before) {
        return new Change(type, id, ChangeAction.DELETED, regionId, planVersionId, before, null);
    }
}
