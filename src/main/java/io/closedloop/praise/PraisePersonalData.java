package io.closedloop.praise;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.ExportRows;
import io.closedloop.customers.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The praise a customer's answers gave employees: exported with the customer, and removed when the whole
 * customer is erased (by request or by the retention of idle customers), since praise without the erased
 * comment would only say who this customer liked. Its words are the response's comment, erased by intake.
 */
@Component
@Order(4)
class PraisePersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  PraisePersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "praise";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return ExportRows.of(jdbc.sql("""
            select p.response_id as "responseId", p.employee_code as "employeeCode", p.user_id as "userId",
                   p.praised_at as "praisedAt"
            from praise p join response r on r.id = p.response_id
            where r.customer_id = :customer order by p.praised_at
            """).param("customer", subject.customerId()).query().listOfRows());
  }

  @Override
  public void erase(DataSubject subject) {
    if (subject.wholeCustomer()) {
      jdbc.sql("delete from praise where response_id in (select id from response where customer_id = :customer)")
          .param("customer", subject.customerId()).update();
    }
  }
}
