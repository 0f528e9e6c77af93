package id.selaras.web.manage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a draft changed since the version it was drafted from, read from its change history ({@code changes}): the
 * history of a revision starts when it was copied from the adopted version, so the net effect of its events per node
 * and indicator is the difference. Added, removed, and changed (field by field, first "before" against last
 * "after"); something added then removed in the same draft is no change at all.
 */
public final class VersionDiff {

    /** The kinds of objects a plan's content is made of. */
    static final Set<String> CONTENT = Set.of("CascadeNode", "Indicator");
    /** Bookkeeping fields that are not content. */
    static final Set<String> IGNORED = Set.of("id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy",
            "lineageId", "originId", "planVersionId", "regionId", "deletedAt");
    /** Where it sits: a difference here is shown as "moved", not as internal ids. */
    static final Set<String> PLACE = Set.of("parentId", "nodeId", "position");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event of {@code changes}. */
    public record Change(String sequence, String occurredAt, String actor, String entityType, String entityId,
                         String action, String before, String after) {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A field that differs. */
    public record Field(String name, String before, String after) {
    }

    /** One node or indicator that differs. */
    public record Entry(String entityType, String entityId, Kind kind, String label, List<Field> fields) {
    }

    private VersionDiff() {
    }

    public static List<Entry> of(List<Change> history) {
        Map<String, List<Change>> byEntity = new LinkedHashMap<>();
        for (Change c : history) {
            if (CONTENT.contains(c.entityType())) {
                byEntity.computeIfAbsent(c.entityType() + ":" + c.entityId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (List<Change> changes : byEntity.values()) {
            Change first = changes.getFirst();
            Change last = changes.getLast();
            boolean created = "CREATED".equals(first.action());
            boolean deleted = "DELETED".equals(last.action());
            if (created && deleted) {
                continue;
            }
            JsonNode before = parse(first.before());
            JsonNode after = parse(last.after());
            String label = label(deleted ? before : after, before);
            if (created) {
                entries.add(new Entry(first.entityType(), first.entityId(), Kind.ADDED, label, List.of()));
            } else if (deleted) {
                entries.add(new Entry(first.entityType(), first.entityId(), Kind.REMOVED, label, List.of()));
            } else {
                List<Field> fields = fields(before, after);
                if (fields.isEmpty()) {
                    Set<String> actions = new TreeSet<>();
                    changes.forEach(c -> actions.add(c.action()));
                    if (actions.stream().noneMatch(a -> a.equals("LINKED") || a.equals("UNLINKED") || a.equals("MOVED"))) {
                        continue; // saved without a difference
                    }
                    actions.forEach(a -> fields.add(new Field(a, null, null)));
                }
                entries.add(new Entry(first.entityType(), first.entityId(), Kind.CHANGED, label, fields));
            }
        }
        return entries;
    }

    static List<Field> fields(JsonNode before, JsonNode after) {
        List<Field> fields = new ArrayList<>();
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return fields;
        }
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = before.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (Iterator<String> it = after.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        boolean moved = false;
        for (String name : names) {
            if (IGNORED.contains(name)) {
                continue;
            }
            String b = text(before.get(name));
            String a = text(after.get(name));
            if (!Objects.equals(b, a)) {
                if (PLACE.contains(name)) {
                    moved = true;
                } else {
                    fields.add(new Field(name, b, a));
                }
            }
        }
        if (moved) {
            fields.add(new Field("MOVED", null, null));
        }
        return fields;
    }

    private static String label(JsonNode preferred, JsonNode fallback) {
        for (JsonNode n : new JsonNode[] {preferred, fallback}) {
            if (n != null && n.isObject()) {
                String code = text(n.get("code"));
                String title = text(n.has("title") ? n.get("title") : n.get("name"));
                if (title != null) {
                    return code != null ? code + " " + title : title;
                }
            }
        }
        return "";
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return n.isValueNode() ? n.asString() : n.toString();
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
