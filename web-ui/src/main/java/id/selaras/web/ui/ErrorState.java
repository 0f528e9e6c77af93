package id.selaras.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import id.selaras.web.BackendException;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.identity.AccountMenu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when its data cannot be loaded: the reason in the person's language (server down, session ended,
 * not allowed, not found, or the API's own message) and a way on — try again, or sign in. Never a stack trace.
 */
public final class ErrorState extends Div {

    private static final Logger log = LoggerFactory.getLogger(ErrorState.class);

    public ErrorState(RuntimeException failure, Runnable retry) {
        addClassName("error-state");
        getElement().setAttribute("role", "alert");
        boolean signIn = false;
        String text;
        if (failure instanceof ApiException refusal) {
            Classification c = refusal.classification();
            signIn = c == Classification.UNAUTHORIZED;
            text = switch (c) {
                case UNAUTHORIZED -> getTranslation("error.session");
                case FORBIDDEN -> getTranslation("error.forbidden");
                case NOT_FOUND -> getTranslation("error.not-found");
                default -> refusal.getLocalizedMessage();
            };
        } else if (failure instanceof BackendException backend) {
            signIn = backend.signInRequired();
            text = getTranslation(backend.signInRequired() ? "error.session"
                    : backend.unreachable() ? "error.unreachable" : "error.load");
        } else {
            text = getTranslation("error.load");
        }
        // Logged once, without the trace: the page must never show internals, the operator needs the cause.
        log.warn("Page data unavailable: {}", failure.getMessage());
        add(new Paragraph(text));
        if (signIn) {
            Anchor link = new Anchor(AccountMenu.SIGN_IN, getTranslation("action.sign-in"));
            link.setRouterIgnore(true);
            link.addClassName("button");
            add(link);
        } else if (retry != null) {
            NativeButton again = new NativeButton(getTranslation("action.retry"), click -> retry.run());
            again.addClassName("button");
            add(again);
        }
    }
}
