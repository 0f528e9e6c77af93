package id.selaras.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The line at the top of a page that says what just happened: a confirmation (role {@code status}, read politely) or a
 * problem (role {@code alert}, read at once). Hidden until there is something to say.
 */
public class Notice extends Div {

    public Notice(String id) {
        setId(id);
        setVisible(false);
    }

    public void tell(String text, boolean problem) {
        removeAll();
        setClassName(problem ? "form-problem" : "form-notice");
        getElement().setAttribute("role", problem ? "alert" : "status");
        add(new Paragraph(text));
        setVisible(true);
    }

    /** What it says now, empty while hidden. */
    public String text() {
        return isVisible() ? getElement().getTextRecursively() : "";
    }
}
