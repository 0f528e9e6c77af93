package id.selaras.exchange.xlsx;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A workbook opened for streaming reads: sheets are parsed row by row with SAX (never loaded whole), with POI's
 * zip-bomb limits in force and its hardened XML parser. Every way a file can fail becomes an {@link XlsxFailure}.
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** A sheet of the workbook; {@code hidden} for both "hidden" and "veryHidden". */
    public record Sheet(String name, boolean hidden, String relationId) {
    }

    /** What reading a sheet found besides its rows. */
    public record SheetSummary(List<String> mergedRanges, int formulaCells) {
    }

    /** Receives the rows of a sheet in order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(XlsxRow row);
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<Sheet> sheets;
    private final XlsxLimits limits;
    private final Map<Integer, Boolean> percentStyles = new HashMap<>();

    private XlsxWorkbook(OPCPackage pkg, XlsxLimits limits) throws Exception {
        this.pkg = pkg;
        this.limits = limits;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        try (InputStream in = reader.getWorkbookData()) {
            this.sheets = WorkbookSheetsHandler.read(in);
        }
    }

    /** Opens a file; fails with the reason when it is not a readable XLSX workbook. */
    public static XlsxWorkbook open(Path file, XlsxLimits limits) throws XlsxFailure {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxWorkbook(pkg, limits);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new XlsxFailure(XlsxFailure.Reason.ENCRYPTED_OR_OLD_FORMAT, null, e);
        } catch (NotOfficeXmlFileException e) {
            throw new XlsxFailure(XlsxFailure.Reason.NOT_XLSX, null, e);
        } catch (Exception | LinkageError e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw classify(e, null);
        }
    }

    public List<Sheet> sheets() {
        return sheets;
    }

    /** Streams the rows of a sheet to the handler. */
    public SheetSummary read(Sheet sheet, RowHandler handler) throws XlsxFailure {
        SheetXmlHandler xml = new SheetXmlHandler(strings, this::percent, limits.maxRows(), handler);
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(xml);
            parser.parse(new InputSource(in));
        } catch (SheetXmlHandler.TooManyRows e) {
            throw new XlsxFailure(XlsxFailure.Reason.TOO_MANY_ROWS, sheet.name(), null);
        } catch (Exception | LinkageError e) {
            throw classify(e, sheet.name());
        }
        return new SheetSummary(xml.mergedRanges(), xml.formulaCells());
    }

    private boolean percent(int style) {
        return percentStyles.computeIfAbsent(style, s -> {
            if (styles == null || s < 0 || s >= styles.getNumCellStyles()) {
                return false;
            }
            String format = styles.getStyleAt(s).getDataFormatString();
            return format != null && format.contains("%");
        });
    }

    private static XlsxFailure classify(Throwable e, String sheet) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb")) {
                return new XlsxFailure(XlsxFailure.Reason.ZIP_BOMB, sheet, e);
            }
            if (m.contains("max entry size") || m.contains("max text size") || m.contains("exceeds the maximum")) {
                return new XlsxFailure(XlsxFailure.Reason.ENTRY_TOO_LARGE, sheet, e);
            }
            if (t instanceof NotOfficeXmlFileException) {
                return new XlsxFailure(XlsxFailure.Reason.NOT_XLSX, sheet, e);
            }
        }
        return new XlsxFailure(XlsxFailure.Reason.CORRUPT, sheet, e);
    }

    @Override
    public void close() {
        // opened read-only: revert closes the file without trying to write anything back
        pkg.revert();
    }
}
