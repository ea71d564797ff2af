/**
 * Customers' personal data: what is held about a customer (exported for an access request),
 * erased on request or when the retention period has passed. Each module that holds personal
 * data implements {@link io.closedloop.customers.PersonalDataHolder}; this module finds the
 * subject, calls every holder in one transaction and keeps the audit of erasures.
 *
 * <p>Owns the table {@code personal_data_erasure}; reads the {@code customer}, {@code response} and
 * {@code detractor_case} tables to find a data subject and their cases.
 */
package io.closedloop.customers;
