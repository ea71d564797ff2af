package io.closedloop.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** The designer's processes page: what is deployed, where to look further, the files and how to deploy. */
@IntegrationTest
class ProcessesPageIT {

  private static final Pattern DOWNLOAD = Pattern.compile("href=\"(/processes/deployments/[^\"]+)\">Download ([a-z-]+\\.(bpmn|dmn))<");

  @Autowired
  WebApplicationContext context;

  @Test
  void a_designer_sees_each_process_and_decision_table_with_versions_running_instances_cockpit_and_how_to_deploy() throws Exception {
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/processes").with(pages.as("dana")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Detractor case", "Improvement cycle", "Case routing", "id=\"process-detractor-case\"");
    assertThat(html).containsPattern("<td class=\"running\">\\d+</td>");
    assertThat(html).contains("href=\"/camunda/app/cockpit/default/#/process-definition/detractor-case:");
    assertThat(html).contains("href=\"/camunda/app/cockpit/default/#/decision-definition/case-routing:");
    assertThat(html).contains(">Download detractor-case.bpmn<", ">Download case-routing.dmn<", ">resolve-case.form<");
    assertThat(html).contains("<code id=\"engine-rest\">http://localhost/engine-rest</code>", "Process designers and administrators may deploy");
  }

  @Test
  void the_model_files_download_with_their_own_names() throws Exception {
    Pages pages = new Pages(context);
    String html = pages.mvc().perform(get("/processes").with(pages.as("admin"))).andReturn().getResponse().getContentAsString();
    Matcher download = DOWNLOAD.matcher(html);
    int files = 0;

    while (download.find()) {
      MockHttpServletResponse file = pages.mvc().perform(get(download.group(1)).with(pages.as("admin")))
          .andExpect(status().isOk()).andReturn().getResponse();
      assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + download.group(2) + "\"");
      assertThat(file.getContentAsString()).contains("<?xml", download.group(3).equals("bpmn") ? "bpmn:process" : "decision");
      files++;
    }
    assertThat(files).isGreaterThanOrEqualTo(3);
  }

  @Test
  void only_designers_and_admins_open_the_page_and_an_unknown_file_is_not_found() throws Exception {
    Pages pages = new Pages(context);

    pages.mvc().perform(get("/processes").with(pages.as("lea"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/processes").with(pages.as("mike"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/processes/deployments/none/resources/none").with(pages.as("dana"))).andExpect(status().isNotFound());
  }

  @Test
  void the_page_is_in_danish_for_a_danish_browser() throws Exception {
    Pages pages = new Pages(context);

    String html = pages.mvc().perform(get("/processes").header("Accept-Language", "da").with(pages.as("dana")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Processer og beslutningstabeller", "Udrul en ny version", "Hent detractor-case.bpmn");
  }
}
