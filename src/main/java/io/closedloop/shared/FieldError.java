package io.closedloop.shared;

/** One thing wrong with one field of the input, named as the client spelled it (e.g. {@code customer.email}). */
public record FieldError(String field, String message) {}
