package id.selaras.consultation;

/** Whether comments are accepted: only while OPEN (between its opening and closing times). */
public enum ConsultationState { SCHEDULED, OPEN, CLOSED }
