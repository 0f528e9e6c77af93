package id.selaras.web.controls;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;

/** A native {@code <input type="checkbox">}, labelled by the caller (a {@code <label for>} or aria-label). */
@Tag("input")
public class CheckBox extends AbstractSinglePropertyField<CheckBox, Boolean> implements Focusable<CheckBox> {

    public CheckBox() {
        super("checked", false, false);
        getElement().setAttribute("type", "checkbox");
        setSynchronizedEvent("change");
    }
}
