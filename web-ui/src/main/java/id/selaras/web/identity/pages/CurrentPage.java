package id.selaras.web.identity.pages;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The address of the page being shown, without its {@code lang} parameter, so that the language switch keeps the rest
 * (the consent page cannot be shown again without its {@code client_id}, {@code scope} and {@code state}).
 */
@ControllerAdvice
class CurrentPage {

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.startsWith("lang=") && !p.isEmpty()).collect(Collectors.joining("&"));
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }
}
