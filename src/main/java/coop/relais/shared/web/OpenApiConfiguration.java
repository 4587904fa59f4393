package coop.relais.shared.web;

import coop.relais.shared.security.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/** The signed-in person is resolved from the bearer token, never sent as a parameter: keep it out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }
}
