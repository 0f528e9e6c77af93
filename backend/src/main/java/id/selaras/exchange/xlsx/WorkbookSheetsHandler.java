package id.selaras.exchange.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.util.SAXHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the sheet list of {@code xl/workbook.xml}: names, visibility and relation ids, in tab order. */
final class WorkbookSheetsHandler extends DefaultHandler {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final List<XlsxWorkbook.Sheet> sheets = new ArrayList<>();

    static List<XlsxWorkbook.Sheet> read(InputStream workbookXml) throws Exception {
        WorkbookSheetsHandler handler = new WorkbookSheetsHandler();
        XMLReader parser = SAXHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(workbookXml));
        return List.copyOf(handler.sheets);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("sheet".equals(local(localName, qName))) {
            String id = attributes.getValue(RELATIONSHIPS, "id");
            if (id == null) {
                id = attributes.getValue("r:id");
            }
            String state = attributes.getValue("state");
            sheets.add(new XlsxWorkbook.Sheet(attributes.getValue("name"), state != null && !"visible".equals(state), id));
        }
    }

    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
