package id.selaras.assist.groups;

/** One participant's reaction to one comment: agree +1, disagree −1, pass 0. */
public record Vote(String participant, long commentId, int value) {
}
