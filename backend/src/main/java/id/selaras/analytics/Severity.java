package id.selaras.analytics;

/**
 * How serious a finding (temuan) is: ERROR when the plan is inconsistent or cannot be measured as written, WARNING
 * when it is probably a defect that a planner should look at, INFO when it is worth knowing but may be intended.
 */
public enum Severity { ERROR, WARNING, INFO }
