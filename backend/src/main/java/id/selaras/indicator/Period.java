package id.selaras.indicator;

/** The span a realisation covers: a quarter (triwulan) or the whole year. */
public enum Period {
    Q1, Q2, Q3, Q4, ANNUAL;

    public boolean quarter() {
        return this != ANNUAL;
    }
}
