package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Plain French (DESIGN.md rule 5) in every French text of Relais, messages and templates: no "(s)" or
 * "(e)" after a word ("2 arrivé(s)"), no point médian inside a word ("Gérant·e"). Numbers agree through
 * choice formats ("{0,choice,0#aucun|1#1 colis|1<{0} colis}"), and roles are named without gender.
 */
class PlainFrenchTests {

    private static final Pattern PARENTHESISED_ENDING = Pattern.compile("\\p{L}\\((s|e|es|x|nes|rice)\\)");
    private static final Pattern POINT_MEDIAN_IN_A_WORD = Pattern.compile("\\p{L}·\\p{L}");

    private static List<Path> frenchTexts() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("src/main/resources/messages.properties"));
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            bundles.filter(p -> p.toString().endsWith(".properties")
                            && !p.toString().endsWith("_en.properties"))
                    .forEach(files::add);
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(files::add);
        }
        return files;
    }

    @Test
    void noBracketedEndingsNorPointMedianInsideWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : frenchTexts()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (PARENTHESISED_ENDING.matcher(line).find()
                        || POINT_MEDIAN_IN_A_WORD.matcher(line).find()) {
                    found.add(file + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("French texts to rephrase").isEmpty();
    }
}
