package id.selaras.audit;

/** What a change did to its entity. */
public enum ChangeAction { CREATED, UPDATED, DELETED, MOVED, LINKED, UNLINKED, STATUS_CHANGED }
