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
        public Entry withLabel(String text) {
            return new Entry(entityType, entityId, kind, text == null ? label : text, fields);
        }
    }

    /** Entries without a label get one from {@code labels} (by entity id), when it has one. */
    public static List<Entry> labelled(List<Entry> entries, Map<String, String> labels) {
        return entries.stream().map(e -> e.label() == null || e.label().isBlank() ? e.withLabel(labels.get(e.entityId())) : e)
                .toList();
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
            JsonNode before = flatten(parse(first.before()));
            JsonNode after = flatten(parse(last.after()));
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
            if (IGNORED.contains(name) || !before.has(name) || !after.has(name)) {
                continue; // a field one side did not record is not a change
            }
            if (name.equals("targets")) {
                fields.addAll(targets(before.get(name), after.get(name)));
                continue;
            }
            String b = value(before.get(name));
            String a = value(after.get(name));
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

    /**
     * Some events carry the object under a key ({@code {"indicator": {...}, "targets": [...]}}): its fields count as
     * the event's own.
     */
    static JsonNode flatten(JsonNode n) {
        if (n == null || !n.isObject()) {
            return n;
        }
        tools.jackson.databind.node.ObjectNode flat = JSON.createObjectNode();
        for (String key : List.of("indicator", "node")) {
            JsonNode inner = n.get(key);
            if (inner != null && inner.isObject()) {
                for (Iterator<String> it = inner.propertyNames().iterator(); it.hasNext(); ) {
                    String k = it.next();
                    flat.set(k, inner.get(k));
                }
            }
        }
        for (Iterator<String> it = n.propertyNames().iterator(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("indicator") && !k.equals("node")) {
                flat.set(k, n.get(k));
            }
        }
        return flat;
    }

    /** Targets year by year: "target 2020: 6.5 → 7.7". */
    static List<Field> targets(JsonNode before, JsonNode after) {
        Map<Integer, String> b = byYear(before);
        Map<Integer, String> a = byYear(after);
        Set<Integer> years = new TreeSet<>(b.keySet());
        years.addAll(a.keySet());
        List<Field> fields = new ArrayList<>();
        for (int year : years) {
            if (!Objects.equals(b.get(year), a.get(year))) {
                fields.add(new Field("target " + year, b.get(year), a.get(year)));
            }
        }
        return fields;
    }

    private static Map<Integer, String> byYear(JsonNode list) {
        Map<Integer, String> map = new LinkedHashMap<>();
        if (list != null && list.isArray()) {
            for (JsonNode t : list) {
                if (t.has("year")) {
                    map.put(t.get("year").asInt(), value(t));
                }
            }
        }
        return map;
    }

    /**
     * A value as a person reads it: a target or baseline by its figure (or range), text as it is. A target written as
     * {@code Target[year=2021, value=6.12, ...]} reads the same.
     */
    static String value(JsonNode n) {
        if (n != null && n.isObject() && (n.has("value") || n.has("min"))) {
            String v = text(n.get("value"));
            String min = text(n.get("min"));
            String max = text(n.get("max"));
            return v != null ? v : (min != null || max != null) ? (min == null ? "" : min) + "–" + (max == null ? "" : max) : null;
        }
        String t = text(n);
        if (t != null && t.matches("(?s)(Target|Baseline)\\[.*value=([^,\\]]+).*")) {
            String v = t.replaceAll("(?s).*value=([^,\\]]+).*", "$1");
            return v.equals("null") ? null : v;
        }
        return t;
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
