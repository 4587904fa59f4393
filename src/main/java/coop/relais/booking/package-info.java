/**
 * Booking: a site's shared resources (meeting rooms, equipment to lend) and their bookings, which never
 * overlap on a resource (the database says so), each checked against the resource's rules in the site's
 * time zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package coop.relais.booking;
