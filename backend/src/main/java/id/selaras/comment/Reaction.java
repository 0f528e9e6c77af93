package id.selaras.comment;

/** A reader's stance on a comment, as in Polis: agree, disagree, or pass. */
public enum Reaction { AGREE, DISAGREE, PASS }
