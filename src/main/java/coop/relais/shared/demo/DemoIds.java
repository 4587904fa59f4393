package coop.relais.shared.demo;

import java.util.UUID;

/** Fixed ids of the demo data, so that every module's demo share can refer to the same sites and people. */
public final class DemoIds {

    private DemoIds() {}

    public static final UUID OPERATOR = UUID.fromString("0a000000-0000-4000-8000-000000000001");
    public static final UUID BILLING_ENTITY = UUID.fromString("0a000000-0000-4000-8000-000000000002");
    public static final UUID BILLING_ENTITY_SAP = UUID.fromString("0a000000-0000-4000-8000-000000000003");

    public static final UUID SITE_BASTIDE = UUID.fromString("5e000000-0000-4000-8000-000000000001");
    public static final UUID SITE_ECOTONE = UUID.fromString("5e000000-0000-4000-8000-000000000002");
    public static final UUID SITE_AQUITAINE = UUID.fromString("5e000000-0000-4000-8000-000000000003");

    public static final UUID CLIENT_AQUITAINE_LOGISTIQUE = UUID.fromString("c1000000-0000-4000-8000-000000000001");
    public static final UUID CLIENT_SYNDIC_BASTIDE = UUID.fromString("c1000000-0000-4000-8000-000000000002");
    public static final UUID CLIENT_HABITAT_GARONNE = UUID.fromString("c1000000-0000-4000-8000-000000000003");
    public static final UUID CLIENT_ECOTONE_NUMERIQUE = UUID.fromString("c1000000-0000-4000-8000-000000000004");
    public static final UUID CLIENT_ECOTONE_DESIGN = UUID.fromString("c1000000-0000-4000-8000-000000000005");

    public static final UUID PROVIDER_PRESSING = UUID.fromString("9e000000-0000-4000-8000-000000000001");
    public static final UUID PROVIDER_CORDONNERIE = UUID.fromString("9e000000-0000-4000-8000-000000000002");
    public static final UUID PROVIDER_RETOUCHES = UUID.fromString("9e000000-0000-4000-8000-000000000003");
    public static final UUID PROVIDER_EPICERIE = UUID.fromString("9e000000-0000-4000-8000-000000000004");
    public static final UUID PROVIDER_GARAGE = UUID.fromString("9e000000-0000-4000-8000-000000000005");

    public static final UUID ACCOUNT_ADMIN = UUID.fromString("ac000000-0000-4000-8000-000000000001");
    public static final UUID ACCOUNT_GERANTE = UUID.fromString("ac000000-0000-4000-8000-000000000002");
    public static final UUID ACCOUNT_CONCIERGE = UUID.fromString("ac000000-0000-4000-8000-000000000003");
    public static final UUID ACCOUNT_CONCIERGE2 = UUID.fromString("ac000000-0000-4000-8000-000000000004");
    public static final UUID ACCOUNT_HABITANT = UUID.fromString("ac000000-0000-4000-8000-000000000005");
    public static final UUID ACCOUNT_SALARIE = UUID.fromString("ac000000-0000-4000-8000-000000000006");
    public static final UUID ACCOUNT_PRESSING = UUID.fromString("ac000000-0000-4000-8000-000000000007");
    public static final UUID ACCOUNT_RH = UUID.fromString("ac000000-0000-4000-8000-000000000008");
    public static final UUID ACCOUNT_BAILLEUR = UUID.fromString("ac000000-0000-4000-8000-000000000009");
    public static final UUID ACCOUNT_COACH = UUID.fromString("ac000000-0000-4000-8000-000000000010");

    /** Dry cleaning of a shirt, per item, at Bastide (Pressing Solidaire). */
    public static final UUID OFFER_BASTIDE_CHEMISE = UUID.fromString("0f000000-0000-4000-8000-000000000001");
    /** Alterations on quote at Bastide (Atelier Retouches Solidaires). */
    public static final UUID OFFER_BASTIDE_RETOUCHES = UUID.fromString("0f000000-0000-4000-8000-000000000002");
    /** Entry-badge activation, an à-la-carte service for the social landlord at Bastide. */
    public static final UUID OFFER_BASTIDE_BADGE = UUID.fromString("0f000000-0000-4000-8000-000000000003");
    /** Dry cleaning of a shirt at Aquitaine Logistique, half paid by the employer (cap 30 € a month). */
    public static final UUID OFFER_AQUITAINE_CHEMISE = UUID.fromString("0f000000-0000-4000-8000-000000000004");

    /** The password of every demo account. */
    public static final String PASSWORD = "demo-relais-2026";
}
