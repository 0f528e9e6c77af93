package id.selaras.comment;

/** Whether a comment shows: deleted by its author, or hidden by a moderator (with a public reason). */
public enum CommentState { VISIBLE, HIDDEN, DELETED }
