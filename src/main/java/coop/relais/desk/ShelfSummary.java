package coop.relais.desk;

/**
 * The shelf at a glance.
 *
 * @param waiting parcels on the shelf
 * @param arrivedToday of which arrived today
 * @param returnDue of which waited too long and should go back
 */
public record ShelfSummary(int waiting, int arrivedToday, int returnDue) {}
