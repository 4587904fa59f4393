package coop.relais.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CatalogueWordingTests {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    private final CatalogueWording wording = new CatalogueWording(messages());

    @Test
    void pricesReadAsAMemberWouldSayThem() {
        assertThat(wording.price(PriceModel.PER_UNIT, PriceUnit.ITEM, Money.euros("3.9"), FR))
                .isEqualTo("3,90 € la pièce");
        assertThat(wording.price(PriceModel.PER_UNIT, PriceUnit.KG, Money.euros("6.50"), FR))
                .isEqualTo("6,50 € le kilo");
        assertThat(wording.price(PriceModel.PER_UNIT, PriceUnit.HOUR, Money.euros("25"), FR))
                .isEqualTo("25,00 € de l'heure");
        assertThat(wording.price(PriceModel.FIXED, null, Money.euros("18"), FR)).isEqualTo("18,00 €");
        assertThat(wording.price(PriceModel.ON_QUOTE, null, null, FR)).isEqualTo("Sur devis");
        assertThat(wording.price(PriceModel.FIXED, null, Money.euros("100000"), FR))
                .isEqualTo("100 000,00 €");
    }

    @Test
    void pricesInEnglish() {
        assertThat(wording.price(PriceModel.PER_UNIT, PriceUnit.ITEM, Money.euros("3.90"), EN))
                .isEqualTo("€3.90 per item");
        assertThat(wording.price(PriceModel.FIXED, null, Money.euros("1250"), EN))
                .isEqualTo("€1,250.00");
        assertThat(wording.price(PriceModel.ON_QUOTE, null, null, EN)).isEqualTo("On quote");
    }

    @Test
    void vatIsSaidToBeIncluded() {
        assertThat(wording.vat(PriceModel.PER_UNIT, new BigDecimal("20.00"), FR))
                .isEqualTo("TTC, dont TVA 20 %");
        assertThat(wording.vat(PriceModel.FIXED, new BigDecimal("5.50"), FR)).isEqualTo("TTC, dont TVA 5,5 %");
        assertThat(wording.vat(PriceModel.ON_QUOTE, new BigDecimal("20"), FR)).isEqualTo("Devis TTC, TVA 20 % incluse");
        assertThat(wording.vat(PriceModel.FIXED, BigDecimal.ZERO, FR)).isEqualTo("TTC, sans TVA");
        assertThat(wording.vat(PriceModel.FIXED, new BigDecimal("2.10"), EN)).isEqualTo("incl. 2.1% VAT");
    }

    @Test
    void leadTimeInWorkingDays() {
        assertThat(wording.leadTime(0, FR)).isEqualTo("prêt le jour même");
        assertThat(wording.leadTime(1, FR)).isEqualTo("prêt en 1 jour ouvré");
        assertThat(wording.leadTime(2, FR)).isEqualTo("prêt en 2 jours ouvrés");
        assertThat(wording.leadTime(2, EN)).isEqualTo("ready in 2 working days");
    }

    @Test
    void daysOfferedAsARangeOrAList() {
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(wording.days(weekdays, FR)).isEqualTo("du lundi au vendredi");
        assertThat(wording.days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), FR))
                .isEqualTo("du lundi au samedi");
        assertThat(wording.days(EnumSet.allOf(DayOfWeek.class), FR)).isEqualTo("tous les jours");
        assertThat(wording.days(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), FR))
                .isEqualTo("mardi et jeudi");
        assertThat(wording.days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), FR))
                .isEqualTo("lundi, mercredi et samedi");
        assertThat(wording.days(EnumSet.of(DayOfWeek.SUNDAY), FR)).isEqualTo("dimanche");
        assertThat(wording.days(weekdays, EN)).isEqualTo("Monday to Friday");
    }

    @Test
    void memberPaysEverythingSaysNothingMore() {
        assertThat(wording.payer(offer("3.90", PayerRule.MEMBER_PAYS), null, FR))
                .isEmpty();
    }

    @Test
    void employerSubsidyWithCapTellsWhatTheMemberPays() {
        PayerRule half = new PayerRule(new BigDecimal("50"), Money.euros("30"), BigDecimal.ZERO, null);
        assertThat(wording.payer(offer("3.90", half), null, FR))
                .containsExactly(
                        "50 % pris en charge par votre employeur, jusqu'à 30,00 € par mois",
                        "Vous payez 1,95 € la pièce tant que le plafond mensuel n'est pas atteint");
        PayerRule halfNoCap = new PayerRule(new BigDecimal("50"), null, BigDecimal.ZERO, null);
        assertThat(wording.payer(offer("3.90", halfNoCap), null, FR))
                .containsExactly("50 % pris en charge par votre employeur", "Vous payez 1,95 € la pièce");
    }

    @Test
    void fullyPaidBySomeoneElse() {
        PayerRule employer = new PayerRule(new BigDecimal("100"), null, BigDecimal.ZERO, null);
        assertThat(wording.payer(offer("3.90", employer), null, FR))
                .containsExactly("Pris en charge à 100 % par votre employeur", "Rien à payer pour vous");
        PayerRule owner = new PayerRule(BigDecimal.ZERO, null, new BigDecimal("100"), UUID.randomUUID());
        assertThat(wording.payer(offer("35", owner), "Association syndicale", FR))
                .containsExactly("Pris en charge à 100 % par Association syndicale", "Rien à payer pour vous");
    }

    @Test
    void splitBetweenEmployerAndSiteOwner() {
        PayerRule split = new PayerRule(new BigDecimal("30"), null, new BigDecimal("20"), UUID.randomUUID());
        assertThat(wording.payer(offer("10.00", split), null, FR))
                .containsExactly(
                        "30 % pris en charge par votre employeur",
                        "20 % pris en charge par le propriétaire du site", "Vous payez 5,00 € la pièce");
        assertThat(wording.payer(offer("10.00", split), null, EN))
                .containsExactly("30% paid by your employer", "20% paid by the site owner", "You pay €5.00 per item");
    }

    private static OfferView offer(String price, PayerRule rule) {
        return new OfferView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Pressing — chemise",
                null,
                UUID.randomUUID(),
                "Entretien du linge",
                UUID.randomUUID(),
                "Pressing Solidaire",
                PriceModel.PER_UNIT,
                PriceUnit.ITEM,
                Money.euros(price),
                new BigDecimal("20"),
                2,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                rule,
                false,
                null,
                true);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/catalogue");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
