package id.selaras.audit;

/**
 * One change to record: the entity (by GraphQL type name and numeric id), what happened, where it belongs (region,
 * plan version — what subscribers and auditors filter on), and its state before and after (null when absent).
 */
public record Change(String entityType, long entityId, ChangeAction action, Long regionId, Long planVersionId,
                     Object before, Object after) {

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
