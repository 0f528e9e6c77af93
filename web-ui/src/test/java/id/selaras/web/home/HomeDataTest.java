package id.selaras.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The home page lists the plans adopted lately, the latest first, and leaves out plans still in draft. */
class HomeDataTest {

    static HomeData.Plan plan(String id, String adoptedAt) {
        return new HomeData.Plan(id, "RPJMD", "Plan " + id, 2025, 2029, null,
                adoptedAt == null ? null : new HomeData.Adopted(id + "-v", 1, OffsetDateTime.parse(adoptedAt), null));
    }

    @Test
    void recentlyAdopted_latestFirst_withoutDrafts() {
        List<HomeData.Plan> plans = List.of(plan("a", "2021-03-01T00:00:00Z"), plan("b", null),
                plan("c", "2025-06-01T00:00:00Z"), plan("d", "2023-01-01T00:00:00Z"));

        assertThat(HomeData.recentlyAdopted(plans, 2)).extracting(HomeData.Plan::id).containsExactly("c", "d");
    }
}
