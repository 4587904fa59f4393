/**
 * Community life at a site: the neighbourhood directory (members who consent, local organisations), events with a
 * capacity and a waitlist, reports of problems in the common spaces followed to their closing, and announcements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package coop.relais.community;
