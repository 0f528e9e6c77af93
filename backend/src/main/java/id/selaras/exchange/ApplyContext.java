package id.selaras.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.security.Actor;

/** What the steps of one import share while they run: who imports, into which version, and the ids made so far. */
final class ApplyContext {

    final Actor actor;
    final Map<String, Long> nodeIds = new HashMap<>();
    final Map<String, Long> opdIds = new HashMap<>();
    long versionId;
    Long regionId;

    ApplyContext(Actor actor) {
        this.actor = actor;
    }

    long node(String code) {
        Long id = nodeIds.get(code);
        if (id == null) {
            throw new IllegalStateException("node " + code + " was not created before it was needed");
        }
        return id;
    }

    List<Long> opds(List<String> codes) {
        return codes.stream().map(c -> {
            Long id = opdIds.get(c);
            if (id == null) {
                throw new IllegalStateException("OPD " + c + " was not created before it was needed");
            }
            return id;
        }).toList();
    }
}
