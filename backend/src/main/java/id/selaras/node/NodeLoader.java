package id.selaras.node;

import id.selaras.security.Actor;
import reactor.core.publisher.Mono;

/** The {@code Node} interface of the API. Loads objects of one GraphQL type by numeric id for {@code node(id:)}, empty when absent or not visible. */
public interface NodeLoader {

    /** The GraphQL type name this loader serves, the prefix of its global ids. */
    String type();

    Mono<?> load(Actor actor, long id);
}
