package id.selaras.exchange.xlsx;

/** Spreadsheet column letters (A, B, …, Z, AA, …) and their zero-based indexes. */
public final class Columns {

    private Columns() {
    }

    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /** The column index of letters such as "B" or "AA"; -1 for anything else. */
    public static int index(String letters) {
        if (letters == null || letters.isBlank() || letters.length() > 3) {
            return -1;
        }
        int n = 0;
        for (char c : letters.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    /** The column index of a cell reference such as "B12". */
    public static int ofReference(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return index(ref.substring(0, i));
    }

    /** The row number (1-based) of a cell reference such as "B12"; 0 when it has none. */
    public static int rowOfReference(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
