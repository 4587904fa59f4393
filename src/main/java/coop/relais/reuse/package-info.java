/**
 * Reuse shop (ressourcerie): donations weighed in by category, sorted out to reuse, repair, recycling or
 * disposal, never more out than in, and the kilos of a period for the reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reuse shop")
package coop.relais.reuse;
