package coop.relais.catalogue.internal;

/**
 * One broken catalogue rule: the field it concerns (as named in the editor's forms, or null for the
 * whole form), a message key of the catalogue bundle and its arguments.
 */
public record Violation(String field, String messageKey, Object... arguments) {}
