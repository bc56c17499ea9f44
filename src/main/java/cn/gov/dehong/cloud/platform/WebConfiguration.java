package cn.gov.dehong.cloud.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/** Pages in the API are serialized as a stable DTO ({content, page: {size, number, totalElements, totalPages}}). */
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfiguration {
}
