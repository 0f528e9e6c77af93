package id.selaras.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Long-lived caching of the files whose URL changes when their content does: Vaadin's production bundle
 * ({@code /VAADIN/build/*}, named with a content hash by the build) and its versioned static files
 * ({@code /VAADIN/static/...?v=<hash>}). Vaadin serves them with {@code max-age=3600}, so a phone asks again every hour
 * for some 380 KB (brotli) of unchanged JavaScript; with {@code immutable} it keeps them until the next release.
 * Stylesheets added with {@code @StyleSheet} already get {@code ?v-c=<hash>} and a year from Vaadin.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceCaching {

    static final String LONG_LIVED = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> staticResourceCachingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, versioned(request) ? new LongLived(response) : response);
            }
        });
        registration.addUrlPatterns("/VAADIN/build/*", "/VAADIN/static/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static boolean versioned(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (path.startsWith("/VAADIN/build/")) {
            return true;
        }
        String query = request.getQueryString();
        return path.startsWith("/VAADIN/static/") && query != null && query.matches("(^|.*&)v=[0-9a-f]{8,}(&.*|$)");
    }

    /** Replaces whatever caching headers the resource server sets with the long-lived one. */
    static final class LongLived extends HttpServletResponseWrapper {

        LongLived(HttpServletResponse response) {
            super(response);
            response.setHeader("Cache-Control", LONG_LIVED);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                super.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status, message);
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
