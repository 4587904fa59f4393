/**
 * Front desk: parcels and mail received for members and handed over with a pickup code or an ID
 * check, à-la-carte requests of client organisations, shared photocopier counters and the desk journal
 * (opening, cash count, hand-over notes), with a counter mode for touch screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk")
package coop.relais.desk;
