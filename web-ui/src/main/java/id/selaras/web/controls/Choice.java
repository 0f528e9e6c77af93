package id.selaras.web.controls;

import java.util.Map;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/** A native {@code <select>} of string values, each with its label; the empty value means nothing chosen. */
@Tag("select")
public class Choice extends AbstractSinglePropertyField<Choice, String> implements Focusable<Choice> {

    public Choice() {
        super("value", "", false);
        setSynchronizedEvent("change");
    }

    /** Replaces the options (value → label, in order); the first is selected unless the current value is among them. */
    public Choice options(Map<String, String> options) {
        getElement().removeAllChildren();
        String current = getValue();
        boolean kept = options.containsKey(current);
        boolean first = true;
        for (Map.Entry<String, String> o : options.entrySet()) {
            Element option = new Element("option");
            option.setAttribute("value", o.getKey());
            option.setText(o.getValue());
            if (kept ? o.getKey().equals(current) : first) {
                option.setAttribute("selected", true);
                if (!kept) {
                    setValue(o.getKey());
                }
            }
            first = false;
            getElement().appendChild(option);
        }
        return this;
    }
}
