package id.selaras.web.aspiration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aspiration (usulan) being written: for a kota or kabupaten, about a topic, optionally about a kecamatan or
 * kelurahan (the most precise one chosen is sent as {@code areaId}).
 */
public record NewAspiration(String regionId, String kecamatanId, String kelurahanId, String title, String body,
                            String topic, String idempotencyKey) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 5000;

    public record Problem(String field, String messageKey) {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(topic)) {
            problems.add(new Problem("topic", "aspiration.error.topic"));
        }
        if (blank(title)) {
            problems.add(new Problem("title", "aspiration.error.title"));
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add(new Problem("title", "aspiration.error.title-long"));
        }
        if (blank(body)) {
            problems.add(new Problem("body", "aspiration.error.body"));
        } else if (body.strip().length() > BODY_MAX) {
            problems.add(new Problem("body", "aspiration.error.body-long"));
        }
        return problems;
    }

    public Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("regionId", regionId);
        String area = !blank(kelurahanId) ? kelurahanId : !blank(kecamatanId) ? kecamatanId : null;
        if (area != null) {
            input.put("areaId", area);
        }
        input.put("title", title == null ? "" : title.strip());
        input.put("body", body == null ? "" : body.strip());
        input.put("topic", topic);
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        return input;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
