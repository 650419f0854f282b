package org.imagingledger.web.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the ledger's public URL from configuration
 * ({@code ledger.public-url}); it never echoes the request's Host header, which a caller controls.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI ledgerOpenApi(@Value("${ledger.public-url:http://localhost:8080}") String publicUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Imaging governance ledger API")
                        .version("v1")
                        .description("Access requests, permits, consent, policy decisions and audit trails. "
                                + "Refusals are RFC 9457 problem details with stable codes."))
                .addServersItem(new Server().url(publicUrl));
    }
}
