package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.brug.security.Role;

/**
 * Every text exists in both languages, and every key the code asks for exists. There is no fallback from one
 * language to the other (see {@link BrugI18NProvider}), so these checks are what keeps a user from meeting
 * {@code !some.key!} on a page.
 */
class TranslationsCompleteTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /** {@code getTranslation("key"} and {@code getTranslation("key", arguments...}. */
    private static final Pattern GET_TRANSLATION = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"");
    /** Menu titles are keys that the main layout translates. */
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\s*\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    /** Any string literal shaped like a message key: at least two dot-separated words. */
    private static final Pattern KEY_LIKE_LITERAL =
            Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)+)\"");
    /** Comments: a key named in a comment is no key the code asks for. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    /** MessageFormat arguments: {0}, {1,number}, {0,choice,...}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    private static Properties dutch;
    private static Properties english;

    @BeforeAll
    static void load() throws IOException {
        dutch = bundle("i18n/messages_nl.properties");
        english = bundle("i18n/messages_en.properties");
    }

    private static Properties bundle(String resource) throws IOException {
        try (InputStream in = TranslationsCompleteTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(missingFrom(english, dutch)).as("keys in messages_nl.properties missing from messages_en.properties")
                .isEmpty();
        assertThat(missingFrom(dutch, english)).as("keys in messages_en.properties missing from messages_nl.properties")
                .isEmpty();
        assertThat(dutch).isNotEmpty();
    }

    @Test
    void noTextIsEmpty() {
        assertThat(emptyValues(dutch)).as("empty texts in messages_nl.properties").isEmpty();
        assertThat(emptyValues(english)).as("empty texts in messages_en.properties").isEmpty();
    }

    @Test
    void bundlesAreReadAsUtf8() {
        // Java reads .properties bundles as UTF-8; a file saved in another encoding shows up here.
        assertThat(dutch.getProperty("role.SUPERVISOR")).isEqualTo("Coördinator");
        for (Properties bundle : List.of(dutch, english)) {
            assertThat(bundle.values()).noneMatch(value -> value.toString().contains("\uFFFD"));
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String other = english.getProperty(key);
            if (other != null && !arguments(dutch.getProperty(key)).equals(arguments(other))) {
                differences.add(key + ": nl " + arguments(dutch.getProperty(key)) + ", en " + arguments(other));
            }
        }
        assertThat(differences).as("keys whose texts take different {n} arguments per language").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = keysInSources(GET_TRANSLATION);
        used.addAll(keysInSources(MENU_TITLE));
        assertThat(used).as("keys found in the sources (is the scan still working?)")
                .contains("nav.mywork", "login.title", "setup.create");

        assertThat(missingKeys(used)).as("keys used in src/main/java but missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyLikeLiteralInAKnownNamespaceExists() throws IOException {
        // Keys that reach getTranslation indirectly: validation results ("password.tooShort"), refusals
        // (InvalidInputException.of("username", "account.username.taken")), ... Literals whose first word is
        // a namespace of the bundles ("account", "password", ...) are taken for keys.
        Set<String> namespaces = dutch.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> literals = keysInSources(KEY_LIKE_LITERAL).stream()
                .filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(literals).contains("password.tooShort", "account.username.taken");

        assertThat(missingKeys(literals)).as("key-like string literals in src/main/java missing from the bundles")
                .isEmpty();
    }

    @Test
    void everyRoleHasAName() {
        Set<String> keys = Stream.of(Role.values()).map(Role::messageKey).collect(Collectors.toSet());
        assertThat(missingKeys(keys)).isEmpty();
    }

    @Test
    void everyChoiceShownToUsersHasANameInBothLanguages() throws ClassNotFoundException {
        // Enums shown through messageKey() build their keys at run time, so the source scans above miss them.
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(Labelled.class));
        Set<String> keys = new TreeSet<>();
        int enums = 0;
        for (var definition : scanner.findCandidateComponents("nl.brug")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (type.isEnum()) {
                enums++;
                for (Object constant : type.getEnumConstants()) {
                    keys.add(((Labelled) constant).messageKey());
                }
            }
        }
        assertThat(enums).as("enums found (is the scan still working?)").isGreaterThan(10);
        assertThat(missingKeys(keys)).as("names of choices missing from the bundles").isEmpty();
    }

    @Test
    void theProviderTranslatesWithoutFallback() {
        BrugI18NProvider provider = new BrugI18NProvider();
        assertThat(provider.getTranslation("nav.mywork", BrugI18NProvider.DUTCH)).isEqualTo("Mijn werk");
        assertThat(provider.getTranslation("nav.mywork", Locale.ENGLISH)).isEqualTo("My work");
        assertThat(provider.getTranslation("nav.mywork", Locale.GERMAN)).as("unsupported language: Dutch")
                .isEqualTo("Mijn werk");
        assertThat(provider.getTranslation("mywork.openCases", Locale.ENGLISH, 3)).isEqualTo("My open cases (3)");
        assertThat(provider.getTranslation("accounts.count", BrugI18NProvider.DUTCH, 2)).isEqualTo("2 accounts");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Set<String> missingFrom(Properties target, Properties source) {
        Set<String> missing = new TreeSet<>(source.stringPropertyNames());
        missing.removeAll(target.stringPropertyNames());
        return missing;
    }

    private static Set<String> emptyValues(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> bundle.getProperty(key).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static Set<String> missingKeys(Set<String> keys) {
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!dutch.containsKey(key)) {
                missing.add(key + " (nl)");
            }
            if (!english.containsKey(key)) {
                missing.add(key + " (en)");
            }
        }
        return missing;
    }

    private static Set<String> keysInSources(Pattern pattern) throws IOException {
        assertThat(MAIN_SOURCES).as("run from the project root").isDirectory();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher matcher = pattern.matcher(code);
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
