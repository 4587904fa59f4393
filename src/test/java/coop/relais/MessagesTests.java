package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every visible string exists in French and in English, and quotes are written for MessageFormat. */
class MessagesTests {

    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Resource[] french = resolver.getResources("classpath*:messages.properties");
        Resource[] modules = resolver.getResources("classpath*:i18n/*.properties");
        Set<String> checked = new TreeSet<>();
        for (Resource resource : concat(french, modules)) {
            String name = resource.getFilename();
            if (name == null || name.contains("_en")) {
                continue;
            }
            Resource english = resource.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English bundle for " + name).isTrue();
            Properties fr = load(resource);
            Properties en = load(english);
            assertThat(en.stringPropertyNames())
                    .as("keys of " + name + " missing in English")
                    .containsAll(fr.stringPropertyNames());
            assertThat(fr.stringPropertyNames())
                    .as("keys of " + name + " missing in French")
                    .containsAll(en.stringPropertyNames());
            checked.add(name);
        }
        assertThat(checked).contains("messages.properties", "identity.properties");
    }

    @Test
    void quotesAreDoubledForMessageFormat() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource resource : concat(
                resolver.getResources("classpath*:messages*.properties"),
                resolver.getResources("classpath*:i18n/*.properties"))) {
            Properties properties = load(resource);
            for (String key : properties.stringPropertyNames()) {
                assertThat(LONE_QUOTE.matcher(properties.getProperty(key)).find())
                        .as(resource.getFilename() + " " + key + " has a single quote: write '' (two)")
                        .isFalse();
            }
        }
    }

    private static Resource[] concat(Resource[] a, Resource[] b) {
        Resource[] all = new Resource[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
