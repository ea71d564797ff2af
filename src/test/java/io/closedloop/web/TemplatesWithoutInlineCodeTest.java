package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages' Content-Security-Policy allows no inline script or style, so no template may hold any. */
class TemplatesWithoutInlineCodeTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void no_template_holds_an_inline_script_a_handler_attribute_or_a_style_attribute() throws IOException {
    Map<Path, List<String>> found = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
        List<String> inline = InlineCode.in(Files.readString(file));
        if (!inline.isEmpty()) {
          found.put(TEMPLATES.relativize(file), inline);
        }
      }
    }

    assertThat(found).isEmpty();
  }

  @Test
  void the_templates_are_where_the_scan_looks() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      assertThat(files.filter(path -> path.toString().endsWith(".html"))).contains(TEMPLATES.resolve("fragments/layout.html"));
    }
  }

  @Test
  void finds_a_script_with_a_body_but_not_one_with_a_source_or_json_data() {
    assertThat(InlineCode.in("<script>alert(1)</script>")).hasSize(1);
    assertThat(InlineCode.in("<script th:src=\"@{/js/x.js}\" defer></script>")).isEmpty();
    assertThat(InlineCode.in("<script type=\"application/json\" id=\"chart\">{\"a\": 1}</script>")).isEmpty();
    assertThat(InlineCode.in("<script type=\"module\">\n  go();\n</script>")).hasSize(1);
  }

  @Test
  void finds_event_handlers_in_every_spelling() {
    assertThat(InlineCode.in("<button onclick=\"go()\">Go</button>")).hasSize(1);
    assertThat(InlineCode.in("<body ONLOAD='go()'>")).hasSize(1);
    assertThat(InlineCode.in("<button th:onclick=\"|go(${id})|\">Go</button>")).hasSize(1);
    assertThat(InlineCode.in("<form hx-on:htmx:after-request=\"this.reset()\">")).hasSize(1);
    assertThat(InlineCode.in("<form data-hx-on::after-request=\"this.reset()\">")).hasSize(1);
    assertThat(InlineCode.in("<a href=\"javascript:go()\">Go</a>")).hasSize(1);
  }

  @Test
  void finds_style_attributes_and_elements_but_not_classes_or_attributes_that_merely_contain_the_word() {
    assertThat(InlineCode.in("<form class=\"inline\" style=\"display:inline\">")).hasSize(1);
    assertThat(InlineCode.in("<div th:style=\"${s}\">")).hasSize(1);
    assertThat(InlineCode.in("<style>p { color: red }</style>")).hasSize(1);
    assertThat(InlineCode.in("<div class=\"style\" data-stylesheet=\"x\" hx-swap=\"outerHTML\" data-online=\"1\">")).isEmpty();
    assertThat(InlineCode.in("<span title=\"a style=b onclick=c\" data-label='onclick='>")).isEmpty();
  }
}
