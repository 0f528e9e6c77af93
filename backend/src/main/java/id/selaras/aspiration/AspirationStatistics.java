package id.selaras.aspiration;

import java.util.Map;

/** Public aggregate counts of a region's aspirations, by status, topic and area; no individual aspiration shows. */
public record AspirationStatistics(int total, Map<AspirationStatus, Integer> byStatus, Map<AspirationTopic, Integer> byTopic,
                                   Map<Long, Integer> byArea) {
}
