package id.selaras.audit;

import java.util.List;

/**
 * Events read together with what the database's transactions looked like afterwards: every transaction with an id
 * below {@code xmin} had finished, and every transaction that could own one of the events had an id below {@code xmax}.
 * {@code top} is the highest sequence committed.
 */
public record EventBatch(List<ChangeEvent> events, long xmin, long xmax, long top) {
}
