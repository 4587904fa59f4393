package coop.relais.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under their own paths only ({@code /css}, {@code /js}, {@code /webjars}) instead of
 * Spring Boot's catch-all {@code /**} (turned off with {@code spring.web.resources.add-mappings=false}).
 * With the catch-all, every link a page writes ({@code /orders/…/accept}…) was first looked up as a
 * file on the classpath to be versioned, which made pages with many links (the desk board) slow.
 * Webjars keep their version-free addresses through the resource chain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    private static final CacheControl ONE_HOUR =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(ONE_HOUR)
                .resourceChain(true);
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(ONE_HOUR)
                    .resourceChain(true);
        }
    }
}
