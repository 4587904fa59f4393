package coop.relais.shared.demo;

/**
 * A module's share of the demo data. Contributors run in {@link #order()} (foundation first), once,
 * into an empty database, when {@code relais.demo-data} is true (the embedded default).
 */
public interface DemoDataContributor {

    int order();

    void load();
}
