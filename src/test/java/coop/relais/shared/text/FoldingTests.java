package coop.relais.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Searches and name checks ignore accents, case and, for names, extra spaces. */
class FoldingTests {

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(Folding.fold("Hélène ÉLOÏSE Çà")).isEqualTo("helene eloise ca");
        assertThat(Folding.fold(null)).isEmpty();
    }

    @Test
    void namesCompareWithoutTheirSpacing() {
        assertThat(Folding.nameKey("  Inès   Carvalho ")).isEqualTo(Folding.nameKey("ines carvalho"));
        assertThat(Folding.nameKey(null)).isEmpty();
    }
}
