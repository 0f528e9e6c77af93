package id.selaras.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;

/** Puts the API's refusal where the person looks: each message at its field, the rest in the form's problem box. */
public final class Forms {

    private Forms() {
    }

    /**
     * Clears the old messages, then shows the new ones. A field is found by the error's full path
     * ({@code input.targets[2].value}) first, then by its last segment ({@code value}). Messages without a field, or
     * whose field is not on the form, go to {@code problems}. Focus moves to the first field in error.
     *
     * @return true when anything was shown
     */
    public static boolean show(ApiException refusal, Div problems, Map<String, Field> fields) {
        clear(problems, fields);
        List<String> general = new ArrayList<>();
        Field first = null;
        for (ApiError error : refusal.errors()) {
            Field field = error.field() == null ? null
                    : fields.getOrDefault(error.field(), fields.get(error.fieldName()));
            if (field != null && field.error() == null) {
                field.error(error.message());
                first = first == null ? field : first;
            } else if (field == null) {
                general.add(error.message());
            }
        }
        if (!general.isEmpty()) {
            problem(problems, general);
        }
        if (first != null) {
            first.focus();
        }
        return !refusal.errors().isEmpty();
    }

    public static void clear(Div problems, Map<String, Field> fields) {
        fields.values().forEach(f -> f.error(null));
        problems.removeAll();
        problems.setVisible(false);
    }

    /** Shows messages in the form's problem box (role=alert, so they are read out at once). */
    public static void problem(Div problems, List<String> messages) {
        problems.removeAll();
        problems.addClassName("form-problem");
        problems.getElement().setAttribute("role", "alert");
        if (messages.size() == 1) {
            problems.add(new Paragraph(messages.getFirst()));
        } else {
            UnorderedList list = new UnorderedList();
            messages.forEach(m -> list.add(new ListItem(m)));
            problems.add(list);
        }
        problems.setVisible(true);
    }
}
