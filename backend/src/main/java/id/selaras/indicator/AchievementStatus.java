package id.selaras.indicator;

/** Whether an achievement could be measured, and if not, why. */
public enum AchievementStatus { MEASURED, NO_REALISATION, NO_TARGET, NOT_COMPUTABLE }
