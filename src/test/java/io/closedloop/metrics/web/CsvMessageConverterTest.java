package io.closedloop.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.MockHttpOutputMessage;

class CsvMessageConverterTest {

  private final CsvMessageConverter converter = new CsvMessageConverter(new ObjectMapper());

  @Test
  void neutralises_formulas_in_text_cells_and_keeps_negative_numbers_as_numbers() throws IOException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("customer", "=HYPERLINK(\"http://evil.example\",\"Refund\")");
    row.put("comment", "=cmd|' /C calc'!A0");
    row.put("nps", -12);
    row.put("npsExact", new BigDecimal("-12.5"));
    CsvExport export = () -> List.of(row);

    MockHttpOutputMessage output = new MockHttpOutputMessage();
    converter.write(export, CsvMessageConverter.TEXT_CSV, output);

    List<String> lines = output.getBodyAsString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("customer,comment,nps,npsExact");
    assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Refund\"\")\",'=cmd|' /C calc'!A0,-12,-12.5");
  }
}
