package io.closedloop.customers.web;

import io.closedloop.customers.CustomerErased;
import io.closedloop.customers.CustomerExport;
import io.closedloop.customers.EraseCustomer;
import io.closedloop.customers.ErasingCustomer;
import io.closedloop.customers.ExportingCustomer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's personal data for admins: exported for an access request, erased on request. */
@RestController
@RequestMapping("/api/customers/{externalId}")
@Tag(name = "Customers", description = "Personal data: access requests and erasure (admins)")
class CustomerController {

  private final ErasingCustomer erasing;
  private final ExportingCustomer exporting;

  CustomerController(ErasingCustomer erasing, ExportingCustomer exporting) {
    this.erasing = erasing;
    this.exporting = exporting;
  }

  @DeleteMapping
  @Operation(summary = "Erase a customer's personal data", description = "Name, contact details and every free text about them, "
      + "also in the engine's variables; scores, dates, codes and outcomes stay. 400 without a reason, 404 for an unknown customer")
  CustomerErased erase(@PathVariable String externalId, @RequestBody(required = false) ErasureBody body, Authentication user) {
    return erasing.erase(new EraseCustomer(externalId, body == null ? null : body.reason(), user.getName()));
  }

  @GetMapping("/export")
  @Operation(summary = "Everything held about a customer", description = "The customer, their responses, cases with attempts "
      + "and timelines, and the variables and comments of the cases' processes")
  CustomerExport export(@PathVariable String externalId) {
    return exporting.export(externalId);
  }

  /** Why a customer is erased. */
  record ErasureBody(String reason) {}
}
