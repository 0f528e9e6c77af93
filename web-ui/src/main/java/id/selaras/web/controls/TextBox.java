package id.selaras.web.controls;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;

/**
 * A native {@code <textarea>}: no web component to download, and browser tools (autofill, spell check, tests that
 * type into it) treat it as the text box it is. The value reaches the server when the box loses focus.
 */
@Tag("textarea")
public class TextBox extends AbstractSinglePropertyField<TextBox, String> implements Focusable<TextBox> {

    public TextBox() {
        super("value", "", false);
        setSynchronizedEvent("change");
        getElement().setAttribute("rows", "4");
    }

    public TextBox maxLength(int length) {
        getElement().setAttribute("maxlength", Integer.toString(length));
        return this;
    }
}
