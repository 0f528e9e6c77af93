package id.selaras.exchange.xlsx;

/** Why a file could not be read as a workbook at all: not XLSX, encrypted, a zip bomb, too big, too many rows. */
public class XlsxFailure extends Exception {

    /** The reasons, each reported with its own message. */
    public enum Reason { NOT_XLSX, ENCRYPTED_OR_OLD_FORMAT, ZIP_BOMB, ENTRY_TOO_LARGE, TOO_MANY_ROWS, CORRUPT }

    private final Reason reason;
    private final String sheet;

    public XlsxFailure(Reason reason, String sheet, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
        this.sheet = sheet;
    }

    public Reason reason() {
        return reason;
    }

    public String sheet() {
        return sheet;
    }
}
