package cn.gov.dehong.cloud.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.shared.Excel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The unit tree page and its export, limited to the caller's data scope. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationPagesIT {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("mangshi.aggregator")
    void anAggregatorSeesItsCountyOnly() throws Exception {
        String page = page(get("/units"));
        assertThat(page).contains("id=\"units-table\"", "芒市教育体育局", "芒市政务服务管理局", "县市财政拨款", "使用单位")
                .doesNotContain("德宏州教育体育局", "瑞丽市口岸办公室", "??");
        // the county itself starts at the margin, its units are indented below it
        assertThat(page).contains("data-code=\"533103\"", "padding-left: 0.5rem", "padding-left: 2.0rem");
    }

    @Test
    @WithUserDetails("admin")
    void searchesByNameOrCode() throws Exception {
        String byName = page(get("/units").param("q", "教育体育局"));
        assertThat(byName).contains("德宏州教育体育局", "芒市教育体育局").doesNotContain("德宏州财政局");
        assertThat(byName).contains("value=\"教育体育局\"", "/units/export?q=");

        assertThat(page(get("/units").param("q", "no-such-unit"))).contains("id=\"units-empty\"");
    }

    @Test
    @WithUserDetails("admin")
    void speaksEnglish() throws Exception {
        assertThat(page(get("/units").param("lang", "en")))
                .contains("Units", "Prefecture-funded", "National / provincial-funded", "Contracted vendor")
                .doesNotContain("??");
    }

    @Test
    @WithUserDetails("mangshi.aggregator")
    void exportsTheVisibleUnitsToExcel() throws Exception {
        byte[] file = mvc.perform(get("/units/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Excel.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位代码");
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(names).contains("芒市", "芒市教育体育局", "芒市政务服务管理局").doesNotContain("德宏州教育体育局");
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
