package cn.gov.dehong.cloud.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI dehongCloudOpenApi() {
        return new OpenAPI()
                .info(new Info().title("德宏云 · 云服务管理平台 API").version("v1")
                        .description("REST API of the Dehong Cloud service management platform. Every endpoint "
                                + "applies the same roles and data scope as the web UI. Errors are RFC 9457 "
                                + "problem details with a localized `detail` (Accept-Language: zh-CN or en) and a "
                                + "stable `code`."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
