package coop.relais.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The personal services ("services à la personne", article D. 7231-1 of the Code du travail) a
 * concierge desk may offer to households, which open the right to the tax credit for home services. A
 * service of the catalogue carries one when its site manager declares it; the member's share of it then
 * counts on their yearly tax certificate, and may be paid with CESU.
 *
 * <p>The delivery activities (meals, shopping, ironed laundry) qualify only as part of a set of
 * services including work done at home: the site manager declares them when the desk's offer is such.
 */
public enum PersonalServiceActivity {
    HOUSEWORK("Entretien de la maison et travaux ménagers"),
    GARDENING("Petits travaux de jardinage"),
    ODD_JOBS("Travaux de petit bricolage dits « homme toutes mains »"),
    HOME_MAINTENANCE("Maintenance, entretien et vigilance temporaires de la résidence"),
    MEAL_DELIVERY("Préparation de repas à domicile et livraison de repas à domicile"),
    SHOPPING_DELIVERY("Livraison de courses à domicile"),
    LAUNDRY_DELIVERY("Collecte et livraison à domicile de linge repassé"),
    COMPUTER_ASSISTANCE("Assistance informatique à domicile"),
    ADMINISTRATIVE_ASSISTANCE("Assistance administrative à domicile"),
    PET_CARE("Soins et promenades d'animaux de compagnie, hors soins vétérinaires et toilettage"),
    TUTORING("Soutien scolaire ou cours à domicile");

    private final String label;

    PersonalServiceActivity(String label) {
        this.label = label;
    }

    /** The activity's name as the Code du travail words it, shown on the tax certificate. */
    public String label() {
        return label;
    }

    /** The activity stored under {@code code}, or empty for null, blank or an unknown code. */
    public static Optional<PersonalServiceActivity> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }
}
