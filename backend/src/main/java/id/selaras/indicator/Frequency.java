package id.selaras.indicator;

import java.util.EnumSet;
import java.util.Set;

/** How often an indicator is measured (frekuensi), and so which periods a realisation may be reported for. */
public enum Frequency {
    ANNUAL, SEMIANNUAL, QUARTERLY, MONTHLY;

    public Set<Period> periods() {
        return switch (this) {
            case ANNUAL -> EnumSet.of(Period.ANNUAL);
            case SEMIANNUAL -> EnumSet.of(Period.Q2, Period.Q4, Period.ANNUAL);
            case QUARTERLY, MONTHLY -> EnumSet.allOf(Period.class);
        };
    }
}
