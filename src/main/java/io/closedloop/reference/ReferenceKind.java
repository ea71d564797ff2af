package io.closedloop.reference;

/** The kinds of reference codes a response carries; each code is registered on first use and can be renamed. */
public enum ReferenceKind {
  TOUCHPOINT, TEAM, EMPLOYEE, PRODUCT, COUNTRY, SEGMENT
}
