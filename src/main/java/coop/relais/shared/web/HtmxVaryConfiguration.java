package coop.relais.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages answer an htmx request with a fragment ({@code @HxRequest} handlers) and a plain request with
 * the whole page, at the same address: every page says {@code Vary: HX-Request}, so that no cache (the
 * browser's back button included) serves one in place of the other. htmx-spring-boot adds the header
 * to htmx requests; this adds it to the plain ones.
 */
@Configuration(proxyBeanMethods = false)
class HtmxVaryConfiguration implements WebMvcConfigurer {

    static final String HX_REQUEST = "HX-Request";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (request.getHeader(HX_REQUEST) == null) {
                            response.addHeader("Vary", HX_REQUEST);
                        }
                        return true;
                    }
                })
                .excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/actuator/**");
    }
}
