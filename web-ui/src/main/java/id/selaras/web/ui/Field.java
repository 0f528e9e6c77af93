package id.selaras.web.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;

/**
 * One form field as the house style wants it: the label above the control, an optional hint, and the error message
 * the API gave for it, tied to the control with {@code aria-describedby} and {@code aria-invalid} so screen readers
 * read the message when the control gets focus.
 *
 * <pre>{@code
 * Input value = new Input();
 * Field target = new Field("target-2027", getTranslation("indicator.target"), value).hint("Dalam persen");
 * ...
 * catch (ApiException e) { Forms.show(e, problems, Map.of("value", target)); }
 * }</pre>
 */
public class Field extends Div {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final Component control;
    private final Span hint = new Span();
    private final Span error = new Span();
    private final String id;

    public Field(String label, Component control) {
        this(null, label, control);
    }

    /** @param id the control's id (and the base of its hint's and error's), or null for a generated one */
    public Field(String id, String label, Component control) {
        this.control = control;
        this.id = id != null ? id : "f" + IDS.incrementAndGet();
        addClassName("field");
        control.setId(this.id);
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(this.id);
        if (control instanceof HasAriaLabel named) {
            // A Vaadin field's <input> sits inside the element the label points to: name the input itself as well.
            named.setAriaLabel(label);
        }
        hint.setId(this.id + "-hint");
        hint.addClassName("field-hint");
        hint.setVisible(false);
        error.setId(this.id + "-error");
        error.addClassName("field-error");
        error.setVisible(false);
        add(caption, control, hint, error);
        describe();
    }

    public Field hint(String text) {
        hint.setText(text);
        hint.setVisible(text != null && !text.isBlank());
        describe();
        return this;
    }

    /** Shows the message at the field and marks the control invalid; null or blank clears it. */
    public void error(String message) {
        boolean has = message != null && !message.isBlank();
        error.setText(has ? message : "");
        error.setVisible(has);
        if (has) {
            error.getElement().setAttribute("role", "alert");
            control.getElement().setAttribute("aria-invalid", "true");
        } else {
            error.getElement().removeAttribute("role");
            control.getElement().removeAttribute("aria-invalid");
        }
        describe();
    }

    public String error() {
        return error.isVisible() ? error.getText() : null;
    }

    public Component control() {
        return control;
    }

    /** Moves the keyboard focus to the control (after a failed save, to the first field in error). */
    public void focus() {
        if (control instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        } else {
            ((HasElement) control).getElement().callJsFunction("focus");
        }
    }

    private void describe() {
        String ids = (hint.isVisible() ? hint.getId().orElse("") + " " : "") + (error.isVisible() ? error.getId().orElse("") : "");
        if (ids.isBlank()) {
            control.getElement().removeAttribute("aria-describedby");
        } else {
            control.getElement().setAttribute("aria-describedby", ids.trim());
        }
    }
}
