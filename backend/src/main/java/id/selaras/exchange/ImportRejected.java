package id.selaras.exchange;

/** Ends an import's transaction when a write fails, carrying the report that says why; nothing is kept. */
final class ImportRejected extends RuntimeException {

    private final transient Problems problems;

    ImportRejected(Problems problems) {
        super("import rejected", null, false, false);
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }
}
